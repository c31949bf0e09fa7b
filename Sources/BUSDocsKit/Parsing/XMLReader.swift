import CLibXML2
import Foundation

/// The one place bus-docs talks to libxml2. Generated HTML is parsed with libxml2's HTML parser and every
/// problem it reports is returned as a Swift value; the parser and the error handler are released in the
/// same function. The parser runs with no SAX callbacks, so no tree is built: a site's index of ten
/// thousand agreements is checked in the memory of one page.
public enum HTMLValidator {
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// libxml2's HTML parser predates HTML5: it calls `main`, `nav`, `section`… unknown. That is not broken
    /// markup, so that one error code is passed over.
    static let unknownTagCode = Int32(XML_HTML_UNKNOWN_TAG.rawValue)

    /// Collects libxml2's structured errors for one parse.
    private final class Collector {
        var problems: [Problem] = []
    }

    public static func problems(in html: String) -> [Problem] {
        let collector = Collector()
        let context = Unmanaged.passRetained(collector)
        defer { context.release() }
        xmlSetStructuredErrorFunc(context.toOpaque()) { pointer, error in
            guard let pointer, let error else { return }
            let collector = Unmanaged<Collector>.fromOpaque(pointer).takeUnretainedValue()
            let code = error.pointee.code
            guard code != HTMLValidator.unknownTagCode else { return }
            let message = error.pointee.message.map { String(cString: $0) }?.trimmingWhitespace() ?? "error \(code)"
            // libxml2 stops counting at its nesting limit; deep nesting from the content is not broken markup.
            guard !message.hasPrefix("Excessive depth in document") else { return }
            collector.problems.append(Problem(line: Int(error.pointee.line), message: message))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(HTML_PARSE_NONET.rawValue) | Int32(HTML_PARSE_NOBLANKS.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        var html = html
        let parsed: Bool = html.withUTF8 { bytes in
            guard let base = bytes.baseAddress,
                  let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, { htmlCreateMemoryParserCtxt($0, Int32(bytes.count)) })
            else { return false }
            defer { htmlFreeParserCtxt(context) }
            // No callbacks: the parser checks the markup and reports errors, but builds nothing.
            context.pointee.sax.pointee = htmlSAXHandler()
            _ = htmlCtxtUseOptions(context, options)
            // Its result is -1 for any error, the HTML5 tags passed over above included: the problems
            // collected are the verdict.
            _ = htmlParseDocument(context)
            return true
        }
        if !parsed {
            collector.problems.append(Problem(line: 1, message: "libxml2 could not parse the document"))
        }
        return collector.problems
    }
}

/// An element of an XML document read by `XMLReader`: its local name, namespace, attributes by local name,
/// and children in order. Plain values; the libxml2 tree is freed before the reader returns.
public struct XMLElement: Sendable {
    public enum Child: Sendable {
        case element(XMLElement)
        case text(String)
    }

    public var name: String
    public var namespace: String
    public var attributes: [String: String]
    public var children: [Child]

    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// The first child element with a local name.
    public func child(_ name: String) -> XMLElement? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// Every element below with a local name, depth first.
    public func descendants(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for case .element(let element) in children {
            if element.name == name { found.append(element) }
            found += element.descendants(name)
        }
        return found
    }

    /// All text below, in order.
    public var text: String {
        children.map { child in
            switch child {
            case .text(let text): return text
            case .element(let element): return element.text
            }
        }.joined()
    }
}

/// XML from an untrusted archive (a Word or OpenDocument file) read into `XMLElement` values, safely: no
/// network (`XML_PARSE_NONET`), no DTD loaded, entities never substituted (an entity reference is
/// skipped, so a "billion laughs" expands to nothing), libxml2's default limits on text and depth kept.
public enum XMLReader {
    public struct Failure: Error, Sendable {
        public var message: String
        public var line: Int
    }

    public static func parse(_ bytes: [UInt8]) throws -> XMLElement {
        let collector = Collector()
        let context = Unmanaged.passRetained(collector)
        defer { context.release() }
        xmlSetStructuredErrorFunc(context.toOpaque()) { pointer, error in
            guard let pointer, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let collector = Unmanaged<Collector>.fromOpaque(pointer).takeUnretainedValue()
            guard collector.problems.isEmpty else { return }
            let message = error.pointee.message.map { String(cString: $0) }?.trimmingWhitespace() ?? "error \(error.pointee.code)"
            collector.problems.append(HTMLValidator.Problem(line: Int(error.pointee.line), message: message))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_NOWARNING.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(clamping: buffer.count), "part.xml", nil, options)
            }
        }
        guard let document else {
            let problem = collector.problems.first
            throw Failure(message: problem?.message ?? "not XML", line: problem?.line ?? 1)
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw Failure(message: "no root element", line: 1) }
        return element(root)
    }

    private final class Collector {
        var problems: [HTMLValidator.Problem] = []
    }

    /// The libxml2 node as a value; iterative over siblings, recursive over depth (which libxml2 caps).
    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes[name] = value
            attribute = current.pointee.next
        }
        var children: [XMLElement.Child] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break  // entity references, comments, processing instructions
            }
            child = current.pointee.next
        }
        let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } ?? ""
        return XMLElement(name: String(cString: node.pointee.name), namespace: namespace, attributes: attributes, children: children)
    }
}

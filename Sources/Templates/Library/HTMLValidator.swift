import CLibXML2
import Foundation

/// The one place bus-docs talks to libxml2: generated HTML is parsed with libxml2's HTML parser and every
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
            let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error \(code)"
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

import CCmark
import Foundation

/// The one place bus-docs talks to libcmark: it parses Markdown, turns what it needs into Swift values
/// at once, and frees the C tree in the same function.
public enum CommonMarkConverter {
    /// How deep block quotes and lists may nest (each quote and each list is a level). Deeper content
    /// is a BUS000 error and is flattened on pages: its paragraphs, headings and code blocks are kept, in
    /// order, inside the container at the limit, so a page never nests deeper than browsers and validators
    /// accept.
    public static let maximumNesting = 32

    /// A heading found in the body, with its file line.
    struct Heading {
        var level: Int
        var text: String
        var line: Int
    }

    /// What the body parser needs of a Markdown text: its top-level headings, and the file line where
    /// nesting first goes past the limit. `firstLine` is the file line the text starts on.
    struct Outline {
        var headings: [Heading] = []
        var nestingOverflowLine: Int?
    }

    static func outline(of markdown: String, firstLine: Int) -> Outline {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_SOURCEPOS) else { return Outline() }
        defer { cmark_node_free(document) }
        var outline = Outline()
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                outline.headings.append(Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    text: plainText(of: node),
                    line: Int(cmark_node_get_start_line(node)) + firstLine - 1))
            }
            child = cmark_node_next(node)
        }
        forEachTooDeep(in: document) { node in
            if outline.nestingOverflowLine == nil {
                outline.nestingOverflowLine = Int(cmark_node_get_start_line(node)) + firstLine - 1
            }
        }
        return outline
    }

    /// Calls `visit` with each block quote or list one level past the limit (not looking inside it), in
    /// document order; the tree is walked with a stack, never by recursion, however deep it is.
    private static func forEachTooDeep(in document: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        var stack: [(node: OpaquePointer, level: Int)] = [(document, 0)]
        while let (node, level) = stack.popLast() {
            var found: [(node: OpaquePointer, level: Int)] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                child = cmark_node_next(current)
                let type = cmark_node_get_type(current)
                // An item is its list's level; leaf blocks hold no blocks.
                guard type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM else { continue }
                found.append((current, type == CMARK_NODE_ITEM ? level : level + 1))
            }
            for entry in found.reversed() {
                if entry.level > maximumNesting { visit(entry.node) } else { stack.append(entry) }
            }
        }
    }

    /// Replaces a too-deep block quote or list by the leaf blocks inside it, in order.
    private static func flatten(_ container: OpaquePointer) {
        var leaves: [OpaquePointer] = []
        if let iterator = cmark_iter_new(container) {
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_HTML_BLOCK:
                    leaves.append(node)
                default:
                    break
                }
            }
            cmark_iter_free(iterator)
        }
        for leaf in leaves {
            cmark_node_unlink(leaf)
            cmark_node_insert_before(container, leaf)
        }
        cmark_node_free(container)
    }

    /// Markdown as an HTML fragment. Raw HTML in the source is dropped (libcmark's safe default).
    /// Headings move `headingOffset` levels down (at most to h6), so a body placed under a page's own
    /// headings keeps the heading order, and lose their explicit `{#id}`, which is for bus-docs, not readers.
    public static func html(from markdown: String, headingOffset: Int = 0) -> String {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT | CMARK_OPT_SMART) else { return "" }
        defer { cmark_node_free(document) }
        var tooDeep: [OpaquePointer] = []
        forEachTooDeep(in: document) { tooDeep.append($0) }
        tooDeep.forEach(flatten)
        if let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                      cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
                let level = min(6, max(1, Int(cmark_node_get_heading_level(node)) + headingOffset))
                cmark_node_set_heading_level(node, Int32(level))
                if let last = cmark_node_last_child(node), cmark_node_get_type(last) == CMARK_NODE_TEXT,
                   let literal = cmark_node_get_literal(last) {
                    let text = String(cString: literal)
                    let (title, id) = BodyParser.splitExplicitID(text)
                    if id != nil { cmark_node_set_literal(last, title) }
                }
            }
        }
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT | CMARK_OPT_SMART) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The text of an inline tree: literals of text and code, a space for line breaks.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}

/// A Markdown body as a flat run of paragraphs, for formats whose paragraphs do not nest (Word): each
/// block knows the lists and quotes around it.
public struct MarkdownBlock: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case heading(level: Int)
        case paragraph
        case code
        case rule
    }

    /// Where a block stands in a list: how deep, in which list (numbered from 0 in document order), and
    /// whether it opens its item (and so gets the bullet or number).
    public struct ListPlace: Equatable, Sendable {
        public var ordered: Bool
        public var level: Int
        public var list: Int
        public var start: Int
        public var opensItem: Bool
    }

    public var kind: Kind
    public var spans: [MarkdownSpan]
    public var list: ListPlace?
    public var quoteDepth: Int
    /// A heading's explicit `{#id}`, taken out of its text.
    public var id: String? = nil
}

/// A piece of inline text with its emphasis.
public struct MarkdownSpan: Equatable, Sendable {
    public var text: String
    public var strong = false
    public var emphasis = false
    public var code = false
    /// A hard line break after the text.
    public var breakAfter = false
}

extension CommonMarkConverter {
    /// The body's blocks in order, parsed as `html(from:)` parses it (smart punctuation, raw HTML dropped,
    /// too-deep nesting flattened, `{#id}` removed from headings, headings moved `headingOffset` down).
    public static func blocks(from markdown: String, headingOffset: Int = 0) -> [MarkdownBlock] {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT | CMARK_OPT_SMART) else { return [] }
        defer { cmark_node_free(document) }
        var tooDeep: [OpaquePointer] = []
        forEachTooDeep(in: document) { tooDeep.append($0) }
        tooDeep.forEach(flatten)
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }

        var blocks: [MarkdownBlock] = []
        var lists: [MarkdownBlock.ListPlace] = []
        var listCount = 0
        var quoteDepth = 0
        var itemOpen = false
        var strong = 0, emphasis = 0
        var current: MarkdownBlock?

        func begin(_ kind: MarkdownBlock.Kind) {
            var place = lists.last
            place?.opensItem = itemOpen
            itemOpen = false
            current = MarkdownBlock(kind: kind, spans: [], list: place, quoteDepth: quoteDepth)
        }
        func add(_ text: String, code: Bool = false) {
            current?.spans.append(MarkdownSpan(text: text, strong: strong > 0, emphasis: emphasis > 0, code: code))
        }
        func end() {
            if let block = current { blocks.append(block) }
            current = nil
        }

        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LIST:
                if entering {
                    lists.append(.init(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, level: lists.count,
                                       list: listCount, start: Int(cmark_node_get_list_start(node)), opensItem: false))
                    listCount += 1
                } else {
                    lists.removeLast()
                }
            case CMARK_NODE_ITEM:
                itemOpen = entering
            case CMARK_NODE_BLOCK_QUOTE:
                quoteDepth += entering ? 1 : -1
            case CMARK_NODE_PARAGRAPH:
                if entering { begin(.paragraph) } else { end() }
            case CMARK_NODE_HEADING:
                if entering {
                    begin(.heading(level: min(6, max(1, Int(cmark_node_get_heading_level(node)) + headingOffset))))
                } else {
                    if let last = current?.spans.indices.last, let text = current?.spans[last].text {
                        let (title, id) = BodyParser.splitExplicitID(text)
                        current?.spans[last].text = title
                        current?.id = id
                    }
                    end()
                }
            case CMARK_NODE_CODE_BLOCK:
                begin(.code)
                add(literal.hasSuffix("\n") ? String(literal.dropLast()) : literal, code: true)
                end()
            case CMARK_NODE_THEMATIC_BREAK:
                begin(.rule)
                end()
            case CMARK_NODE_TEXT:
                add(literal)
            case CMARK_NODE_CODE:
                add(literal, code: true)
            case CMARK_NODE_SOFTBREAK:
                add(" ")
            case CMARK_NODE_LINEBREAK:
                if current?.spans.isEmpty != false { add("") }
                if let last = current?.spans.indices.last { current?.spans[last].breakAfter = true }
            case CMARK_NODE_STRONG:
                strong += entering ? 1 : -1
            case CMARK_NODE_EMPH:
                emphasis += entering ? 1 : -1
            case CMARK_NODE_LINK where !entering:
                // On paper a web address must be written out; a link to a file of the site means nothing there.
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if url.hasPrefix("http://") || url.hasPrefix("https://"), current?.spans.last?.text != url { add(" (\(url))") }
            default:
                break
            }
        }
        return blocks
    }
}

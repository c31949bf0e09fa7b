import CCmark
import Foundation

/// The one place bus-docs talks to libcmark: it parses Markdown, turns what it needs into Swift values
/// at once, and frees the C tree in the same function.
public enum CommonMarkConverter {
    /// A heading found in the body, with its file line.
    struct Heading {
        var level: Int
        var text: String
        var line: Int
    }

    /// The headings of a Markdown text, in order; `firstLine` is the file line the text starts on.
    static func headings(in markdown: String, firstLine: Int) -> [Heading] {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_SOURCEPOS) else { return [] }
        defer { cmark_node_free(document) }
        var headings: [Heading] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                headings.append(Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    text: plainText(of: node),
                    line: Int(cmark_node_get_start_line(node)) + firstLine - 1))
            }
            child = cmark_node_next(node)
        }
        return headings
    }

    /// Markdown as an HTML fragment. Raw HTML in the source is dropped (libcmark's safe default).
    /// Headings move `headingOffset` levels down (at most to h6), so a body placed under a page's own
    /// headings keeps the heading order, and lose their explicit `{#id}`, which is for bus-docs, not readers.
    public static func html(from markdown: String, headingOffset: Int = 0) -> String {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT | CMARK_OPT_SMART) else { return "" }
        defer { cmark_node_free(document) }
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

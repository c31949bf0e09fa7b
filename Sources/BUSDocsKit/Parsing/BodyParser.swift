import Foundation
/// Builds the section tree of an agreement's body from its headings.
enum BodyParser {
    static func parse(_ markdown: String, firstLine: Int) -> Body {
        var body = Body()
        body.markdown = markdown
        body.firstLine = firstLine
        let lines = markdown.linesByUTF8()
        let outline = CommonMarkConverter.outline(of: markdown, firstLine: firstLine)
        body.nestingOverflowLine = outline.nestingOverflowLine
        let headings = outline.headings.filter { $0.level >= 2 }
        func text(from startLine: Int, to endLine: Int) -> String {
            let from = startLine - firstLine, to = min(endLine - firstLine, lines.count)
            guard from < to, from >= 0 else { return "" }
            return String(lines[from..<to].joinedLines().trimming { $0 == "\n" })
        }
        body.preamble = text(from: firstLine, to: headings.first?.line ?? (firstLine + lines.count))
        let endLine = firstLine + lines.count
        var flat: [Section] = []
        for (index, heading) in headings.enumerated() {
            let next = headings[(index + 1)...].first { $0.level <= heading.level }?.line ?? endLine
            let contentEnd = headings.indices.contains(index + 1) ? headings[index + 1].line : endLine
            let (title, explicitID) = splitExplicitID(heading.text)
            var section = Section(
                heading: title, level: heading.level, explicitID: explicitID,
                range: SourceRange(start: SourceLocation(line: heading.line, column: 1), end: SourceLocation(line: next, column: 1)),
                markdown: text(from: heading.line + 1, to: contentEnd))
            section.children = []
            flat.append(section)
        }
        body.sections = nest(flat[...])
        return body
    }

    /// Turns a flat list of headings into a tree: each section owns the deeper ones after it.
    static func nest(_ flat: ArraySlice<Section>) -> [Section] {
        var result: [Section] = []
        var index = flat.startIndex
        while index < flat.endIndex {
            var section = flat[index]
            let childrenEnd = flat[(index + 1)...].firstIndex { $0.level <= section.level } ?? flat.endIndex
            section.children = nest(flat[(index + 1)..<childrenEnd])
            result.append(section)
            index = childrenEnd
        }
        return result
    }

    /// `Hur vi följer upp {#uppföljning}` → (`Hur vi följer upp`, `uppföljning`). Spaces inside the
    /// braces are a slip, not part of the id: `{# uppföljning}` and `{#ansvar }` are read the same.
    static func splitExplicitID(_ text: String) -> (String, String?) {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix("}"), let brace = trimmed.unicodeScalars.lastIndex(of: "{") else { return (trimmed, nil) }
        let inside = trimmed[trimmed.unicodeScalars.index(after: brace)..<trimmed.index(before: trimmed.endIndex)].trimmingWhitespace()
        guard inside.hasPrefix("#") else { return (trimmed, nil) }
        let id = inside.dropFirst().trimmingWhitespace()
        guard !id.isEmpty, !id.contains(where: \.isWhitespace), !id.contains("#") else { return (trimmed, nil) }
        return (String(trimmed[..<brace]).trimmingWhitespace(), String(id))
    }
}

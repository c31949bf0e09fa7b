/// Where a position in an agreement stands in its front matter: on a key or on a value, and under which
/// keys — read from the lines as they are, so it answers while the YAML is half written and unreadable.
public struct FrontMatterCursor: Equatable, Sendable {
    public enum Slot: Equatable, Sendable {
        /// A key of the mapping at `path` (`[]`: the top level).
        case key
        /// The value of the key `path.last`, or an item of its list.
        case value
    }

    public var slot: Slot
    public var path: [String]
    /// The word the position is in: what a completion replaces and a hover explains.
    public var word: String
    public var range: SourceRange
    /// The part of `word` before the position: what a completion is filtered by.
    public var prefix: String

    /// The key the position is on, or whose value it is in.
    public var key: FrontMatterKey? {
        FrontMatterKeys.key(at: slot == .key ? path + [word] : path)
    }

    /// The cursor at a 1-based position (columns in Unicode scalars) of a file's lines; nil outside the
    /// front matter and in comments.
    public static func at(_ location: SourceLocation, in lines: [Substring]) -> FrontMatterCursor? {
        guard let first = lines.first, String(first).trimmingWhitespace() == "---" else { return nil }
        let closing = lines.indices.dropFirst().first { ["---", "..."].contains(String(lines[$0]).trimmingWhitespace()) } ?? lines.count
        let index = location.line - 1
        guard index >= 1, index < closing else { return nil }
        let scalars = Array(lines[index].unicodeScalars)
        let column = max(0, min(location.column - 1, scalars.count))

        // The keys of the block mappings above whose values the line stands in.
        let here = LineShape(scalars)
        var limit = here?.indent ?? scalars.prefix(column).prefix { $0 == " " }.count
        var path: [String] = []
        var row = index - 1
        while row >= 1, limit > 0 {
            if let shape = LineShape(Array(lines[row].unicodeScalars)), shape.indent < limit {
                if shape.opensBlock, let key = shape.key { path.insert(key, at: 0) }
                limit = shape.indent
            }
            row -= 1
        }

        // The line up to the position: flow collections opened and not closed, and the key last written in each.
        struct Level { var opener: Unicode.Scalar?; var key: String?; var owner: String? }
        var levels = [Level(opener: nil, key: nil, owner: nil)]
        var offset = here?.contentStart ?? 0
        var tokenStart = offset
        while offset < column {
            let scalar = scalars[offset]
            switch scalar {
            case "\"", "'":
                guard let end = scalars[(offset + 1)...].firstIndex(of: scalar) else { offset = column; continue }
                offset = end
            case "#" where offset == 0 || scalars[offset - 1] == " ":
                return nil
            case "{", "[":
                levels.append(Level(opener: scalar, key: nil, owner: levels[levels.count - 1].key))
                tokenStart = offset + 1
            case "}", "]":
                if levels.count > 1 { levels.removeLast() }
            case ",":
                if levels[levels.count - 1].opener == "{" { levels[levels.count - 1].key = nil }
                tokenStart = offset + 1
            case ":" where offset + 1 >= scalars.count || scalars[offset + 1] == " " || offset + 1 == column:
                let key = String(String.UnicodeScalarView(scalars[tokenStart..<offset])).trimmingWhitespace()
                levels[levels.count - 1].key = key
                tokenStart = offset + 1
            default:
                break
            }
            offset += 1
        }
        path += levels.dropFirst().compactMap(\.owner)
        let top = levels[levels.count - 1]
        var slot = Slot.key
        if top.opener == "[" {
            slot = .value
        } else if let key = top.key {
            path.append(key)
            slot = .value
        } else if top.opener == nil, here?.isItem == true, let list = FrontMatterKeys.key(at: path), case .items = list.value {
            slot = .key
        } else if top.opener == nil, here?.isItem == true {
            slot = .value
        } else if top.opener == nil, here == nil, let list = FrontMatterKeys.key(at: path), !path.isEmpty, list.children.isEmpty {
            // A blank line under `eskalering:` is where its next value is written.
            slot = .value
        }

        // The word around the position.
        let stops: Set<Unicode.Scalar> = [" ", ",", ":", "{", "}", "[", "]", "\"", "'", "#", "\t"]
        var start = column, end = column
        while start > 0, !stops.contains(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, !stops.contains(scalars[end]) { end += 1 }
        // `- id`: the list marker is not part of the word.
        if start < column, scalars[start] == "-", start + 1 < scalars.count, scalars[start + 1] == " " { start += 1 }
        let text = { (range: Range<Int>) in String(String.UnicodeScalarView(scalars[range])) }
        return FrontMatterCursor(
            slot: slot, path: path, word: text(start..<end),
            range: SourceRange(start: SourceLocation(line: location.line, column: start + 1), end: SourceLocation(line: location.line, column: end + 1)),
            prefix: text(start..<column))
    }
}

/// One front matter line's shape: how far its content is indented (past `- ` markers), and the key it starts with.
private struct LineShape {
    var indent: Int
    var contentStart: Int
    var key: String?
    /// `key:` with nothing after it: the lines below, indented further, are its value.
    var opensBlock: Bool
    /// It starts an item of a list (`- `).
    var isItem: Bool

    /// Nil for a blank line or a comment.
    init?(_ scalars: [Unicode.Scalar]) {
        var offset = 0
        isItem = false
        while offset < scalars.count {
            if scalars[offset] == " " {
                offset += 1
            } else if scalars[offset] == "-", offset + 1 == scalars.count || scalars[offset + 1] == " " {
                isItem = true
                offset += 1
            } else {
                break
            }
        }
        guard offset < scalars.count, scalars[offset] != "#", scalars[offset] != "\r" else { return nil }
        indent = offset
        contentStart = offset
        key = nil
        opensBlock = false
        guard !["{", "[", "\"", "'"].contains(scalars[offset]) else { return }
        guard let colon = scalars[offset...].indices.first(where: { scalars[$0] == ":" && ($0 + 1 == scalars.count || scalars[$0 + 1] == " " || scalars[$0 + 1] == "\r") })
        else { return }
        key = String(String.UnicodeScalarView(scalars[offset..<colon])).trimmingWhitespace()
        let rest = String(String.UnicodeScalarView(scalars[(colon + 1)...])).trimmingWhitespace()
        opensBlock = rest.isEmpty || rest.hasPrefix("#")
    }
}

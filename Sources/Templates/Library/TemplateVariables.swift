import Foundation

/// Checks every variable a template names against the names the view declares (`TemplateView.fields`,
/// the same names Mustache reads it through), the way Mustache looks names up (innermost section first,
/// then outwards): a typo in a user's template is an error with its line, not a silently empty field. Inside a section over an empty list nothing can be known, so
/// nothing there is checked.
enum TemplateVariables {
    /// What a section makes the current context.
    enum Context {
        case object(any TemplateView)
        /// A boolean, inverted or inheritance section: names resolve in the enclosing contexts.
        case transparent
        /// A section over an empty list or a missing value: its items cannot be seen.
        case unknown
    }

    ///
    /// Returns, per tag, whether it was checked with every section around it known (a name in a section
    /// over an empty list or a missing value cannot be checked). Every field of a view has one type, except
    /// `Page.page`, so a tag checked once against a view of one type (and page type) holds for every view of
    /// those types: another view's sections are over values of the same types, or empty, and an empty one
    /// only hides tags. `done` are the tags already checked against an earlier view of the same types
    /// (`TemplateSet` keeps them): a name among them is passed over, and so is a section whose every tag is
    /// (`ends`: where each section closes, `sectionEnds(of:)`), so a page is checked only where earlier
    /// pages left something unseen.
    @discardableResult
    static func check(_ tags: [Tag], file: String, against view: any TemplateView, done: [Bool] = [], ends: [Int] = []) throws -> [Bool] {
        var stack: [Context] = [.object(view)]
        var hidden = 0
        var checked = [Bool](repeating: true, count: tags.count)
        var position = 0
        while position < tags.count {
            let tag = tags[position]
            if hidden > 0 { checked[position] = false }
            if hidden == 0, done.count == tags.count, ends.count == tags.count {
                let end = ends[position]
                let leaf = tag.sigil == nil, section = end > position
                if (leaf || section), !done[position...end].contains(false) {
                    position = end + 1
                    continue
                }
            }
            position += 1
            switch tag.sigil {
            case "!", ">", "%", "=":
                continue
            case "/":
                if stack.count > 1, case .unknown = stack.removeLast() { hidden -= 1 }
            case "^", "$", "<":
                if tag.sigil == "^" { _ = try resolve(tag, in: stack, file: file) }
                stack.append(.transparent)
            case "#":
                let entered = context(entering: try resolve(tag, in: stack, file: file))
                if case .unknown = entered { hidden += 1 }
                stack.append(entered)
            default:
                _ = try resolve(tag, in: stack, file: file)
            }
        }
        return checked
    }

    /// Per tag, where the section it opens closes (the position of its `{{/name}}`); its own position
    /// for every other tag.
    static func sectionEnds(of tags: [Tag]) -> [Int] {
        var ends = Array(tags.indices), open: [Int] = []
        for (position, tag) in tags.enumerated() {
            switch tag.sigil {
            case "#", "^", "$", "<": open.append(position)
            case "/": if let start = open.popLast() { ends[start] = position }
            default: break
            }
        }
        return ends
    }

    /// The value a tag names, searching the contexts from the innermost out; nil when unknowable.
    private static func resolve(_ tag: Tag, in stack: [Context], file: String) throws -> Any? {
        let root = tag.root
        guard !root.isEmpty, root != "." else { return nil }
        for context in stack.reversed() {
            switch context {
            case .unknown:
                return nil
            case .transparent:
                continue
            case .object(let object):
                if object.has(root) { return object.child(named: root) }
            }
        }
        let known = stack.reduce(into: [String]()) { known, context in
            if case .object(let object) = context { known += object.variableNames }
        }
        throw TemplateError.unknownVariable(file: file, line: tag.line, column: tag.column, name: root, known: known.sorted())
    }

    /// The context inside `{{#name}}`: the first item of a list, the view itself; a nil optional is
    /// unknown.
    private static func context(entering value: Any?) -> Context {
        switch value {
        case nil:
            return .unknown
        case let list as any FirstItem:
            return list.firstItem.map(context(entering:)) ?? .unknown
        case let object as any TemplateView:
            return .object(object)
        default:
            return .transparent
        }
    }

    struct Tag: Sendable {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
        /// The name's first part, the one looked up in the contexts (`status` of `status.label`).
        var root: String

        init(sigil: Character?, name: String, line: Int, column: Int) {
            (self.sigil, self.name, self.line, self.column) = (sigil, name, line, column)
            root = String(name.split(separator: ".").first ?? "")
        }
    }

    /// Every `{{…}}` tag with its position (its line, and its column in characters); triple mustaches and `&`
    /// count as plain variables. The text is read as UTF-8 bytes (every delimiter and sigil is ASCII); only
    /// a stretch with other characters in it is counted by characters.
    static func tags(in template: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1, column = 1
        let bytes = Array(template.utf8)
        let brace = UInt8(ascii: "{"), closing = UInt8(ascii: "}"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        /// Moves `line` and `column` over `bytes[range]`, which starts and ends between characters. A
        /// character is counted once: "\r\n" is one, and not "\n".
        func move(over range: Range<Int>) {
            guard bytes[range].allSatisfy({ $0 < 0x80 }) else {
                for character in String(decoding: bytes[range], as: UTF8.self) {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                return
            }
            var index = range.lowerBound
            while index < range.upperBound {
                if bytes[index] == newline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                    if bytes[index] == carriageReturn, index + 1 < range.upperBound, bytes[index + 1] == newline { index += 1 }
                }
                index += 1
            }
        }
        var index = 0, counted = 0
        while index + 1 < bytes.count {
            guard bytes[index] == brace, bytes[index + 1] == brace else {
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < bytes.count, !(bytes[close] == closing && bytes[close + 1] == closing) { close += 1 }
            // No "}}" from here on: no more tags.
            guard close + 1 < bytes.count else { break }
            var inner = index + 2
            if inner < close, bytes[inner] == brace { inner += 1 }
            var sigil: Character?
            if inner < close, let first = "#^/!>&%=$<".utf8.first(where: { $0 == bytes[inner] }) {
                sigil = first == UInt8(ascii: "&") ? nil : Character(Unicode.Scalar(first))
                inner += 1
            }
            let name = String(decoding: bytes[inner..<close], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            move(over: counted..<index)
            tags.append(Tag(sigil: sigil, name: name, line: line, column: column))
            var end = close + 2
            if end < bytes.count, bytes[end] == closing { end += 1 }
            move(over: index..<end)
            counted = end
            index = end
        }
        return tags
    }
}

/// A list a section runs over, seen without its element type: its first item, if any. (Casting to `[Any]`
/// would copy every item.)
private protocol FirstItem {
    var firstItem: Any? { get }
}

extension Array: FirstItem {
    fileprivate var firstItem: Any? { first }
}

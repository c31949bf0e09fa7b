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

    /// Every `{{…}}` tag with its position; triple mustaches and `&` count as plain variables.
    static func tags(in template: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1, column = 1
        var index = template.startIndex
        while index < template.endIndex {
            if template[index...].hasPrefix("{{"), let close = template[index...].range(of: "}}") {
                var inner = template[template.index(index, offsetBy: 2)..<close.lowerBound]
                if inner.hasPrefix("{") { inner = inner.dropFirst() }
                var sigil: Character?
                if let first = inner.first, "#^/!>&%=$<".contains(first) {
                    sigil = first == "&" ? nil : first
                    inner = inner.dropFirst()
                }
                let name = inner.trimmingCharacters(in: .whitespaces)
                tags.append(Tag(sigil: sigil, name: name, line: line, column: column))
                var end = close.upperBound
                if end < template.endIndex, template[end] == "}" { end = template.index(after: end) }
                for character in template[index..<end] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = end
                continue
            }
            if template[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = template.index(after: index)
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

import Foundation
import Mustache

/// A template read once into nodes and rendered against the typed views (`TemplateView`) directly: a name
/// is looked up in the views on the context stack, each already known to be a view, instead of every
/// object being asked again per name whether it is one.
///
/// What a template means is swift-mustache's (2.x), rule for rule: `read(_:)` follows its parser (standalone
/// tags and their whitespace, partials and their indentation, `{{<parent}}` with `{{$block}}`s,
/// `{{%CONTENT_TYPE}}`, `{{=<% %>=}}`, transforms such as `{{uppercase(name)}}`) and `render` its renderer
/// (sections over lists, flags and values, inverted sections, dotted names, the stack searched from the
/// innermost context out, a nil value passed over as if absent, `first()`/`last()`/`index()` in a list).
/// A template's syntax is checked by swift-mustache first (`TemplateSet.load`), so its errors and their
/// places are the ones users have always had; this reader is only ever given a template it accepted.
struct CompiledTemplate: Sendable {
    /// Indirect: a node is copied as one reference while rendering walks the nodes.
    indirect enum Node: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, CompiledTemplate, inverted: Bool)
        case blockDefinition(String, CompiledTemplate)
        case blockExpansion(String, CompiledTemplate, indentation: String?)
        case partial(String, dynamic: Bool, indentation: String?, inherits: [String: CompiledTemplate]?)
        case escaping(Escaping)
    }

    /// A tag's name, split once: `status.label` is looked up as `status`, then `label` in it.
    struct Name: Sendable {
        /// Where the value is looked for, from how the name is written.
        enum Kind: Sendable {
            /// `.`: the current context itself.
            case current
            /// Only transforms (`{{#first()}}`): the item's place in its list.
            case position
            /// `.name`: in the current context only.
            case local
            /// `name`, `name.part`: from the innermost context out.
            case search
        }

        var text: String
        var kind: Kind
        var parts: [String]
        var transforms: [String]

        init(_ text: String, transforms: [String] = []) {
            self.text = text
            parts = text.split(separator: ".").map(String.init)
            self.transforms = transforms
            kind = text == "." ? .current : text.isEmpty && !transforms.isEmpty ? .position : text.first == "." ? .local : .search
        }
    }

    /// `{{%CONTENT_TYPE: HTML}}` (and the default) escapes printed values; `TEXT` prints them as they are.
    enum Escaping: Sendable {
        case html, none
    }

    var nodes: [Node]

    /// Thrown only for a template swift-mustache did not accept either (it is asked first).
    struct Unreadable: Error {}
}

// MARK: - Reading (swift-mustache's parser, step for step)

extension CompiledTemplate {
    static func read(_ text: String) throws -> CompiledTemplate {
        var scanner = Scanner(text)
        return try parse(&scanner, state: State())
    }

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var partialDefinition = false
        var partialDefinitionTopLevel = false
        var start = "{{"
        var end = "}}"
        var partialDefinitionIndent: Substring?

        func section(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.partialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            (state.newLine, state.partialDefinition, state.partialDefinitionTopLevel) = (true, true, true)
            return state
        }
    }

    private static func parse(_ scanner: inout Scanner, state: State) throws -> CompiledTemplate {
        var nodes: [Node] = []
        var state = state
        var whiteSpaceBefore: Substring = ""
        while !scanner.atEnd {
            if state.newLine {
                let whiteSpace = scanner.read(while: { $0 == " " || $0 == "\t" })
                if state.partialDefinition, !state.partialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = whiteSpace.dropFirst(indent.count)
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = readUntilDelimiterOrNewline(&scanner, state: state)
            if scanner.current.isNewline {
                nodes.append(.text(String(whiteSpaceBefore) + text + String(scanner.current)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(String(whiteSpaceBefore) + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.atEnd { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
            }
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                if isStandalone(&scanner, state: state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(&scanner, state: state.section(name, newLine: setNewLine, transforms: transforms))
                nodes.append(.section(Name(name, transforms: transforms), body, inverted: inverted))
            case "/":
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Unreadable() }
                if !isStandalone(&scanner, state: state) { flushWhiteSpace() }
                return CompiledTemplate(nodes: nodes)
            case "!":
                scanner.advance()
                try scanner.skip(past: state.end)
                setNewLine = isStandalone(&scanner, state: state)
            case "{", "&":
                let triple = scanner.current == "{"
                flushWhiteSpace()
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                if triple { guard scanner.read("}") else { throw Unreadable() } }
                nodes.append(.variable(Name(name, transforms: transforms), escaped: false))
            case ">":
                scanner.advance()
                _ = scanner.read(while: \.isWhitespace)
                var dynamic = false
                if scanner.current == "*" {
                    scanner.advance()
                    dynamic = true
                }
                let name = try parsePartialName(&scanner, state: state)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(String(whiteSpaceBefore))) }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                    nodes.append(.partial(name, dynamic: dynamic, indentation: String(whiteSpaceBefore), inherits: nil))
                } else {
                    nodes.append(.partial(name, dynamic: dynamic, indentation: nil, inherits: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                scanner.advance()
                _ = scanner.read(while: \.isWhitespace)
                let sectionName = try parsePartialName(&scanner, state: state)
                let dynamic = sectionName.first == "*"
                let name = dynamic ? String(sectionName.dropFirst()) : sectionName
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(String(whiteSpaceBefore))) }
                if isStandalone(&scanner, state: state) { setNewLine = true }
                let body = try parse(&scanner, state: state.inheritancePartial(sectionName))
                var inherits: [String: CompiledTemplate] = [:]
                for node in body.nodes {
                    switch node {
                    case .blockDefinition(let name, let template): inherits[name] = template
                    case .text: break
                    default: throw Unreadable()
                    }
                }
                nodes.append(.partial(name, dynamic: dynamic, indentation: String(whiteSpaceBefore), inherits: inherits))
                whiteSpaceBefore = ""
            case "$":
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                guard transforms.isEmpty else { throw Unreadable() }
                if state.partialDefinitionTopLevel {
                    if isStandalone(&scanner, state: state) { setNewLine = true }
                    let body = try parse(&scanner, state: state.section(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(name, body))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(String(whiteSpaceBefore))) }
                    if isStandalone(&scanner, state: state) { setNewLine = true }
                    let body = try parse(&scanner, state: state.section(name, newLine: setNewLine))
                    nodes.append(.blockExpansion(name, body, indentation: String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
            case "=":
                scanner.advance()
                state = try setDelimiters(&scanner, state: state)
                setNewLine = isStandalone(&scanner, state: state)
            case "%":
                scanner.advance()
                nodes.append(.escaping(try readContentType(&scanner, state: state)))
                setNewLine = isStandalone(&scanner, state: state)
            default:
                flushWhiteSpace()
                let (name, transforms) = try parseName(&scanner, state: state)
                nodes.append(.variable(Name(name, transforms: transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unreadable() }
        return CompiledTemplate(nodes: nodes)
    }

    private static func readUntilDelimiterOrNewline(_ scanner: inout Scanner, state: State) -> String {
        guard let first = state.start.first else { return "" }
        var total = ""
        while !scanner.atEnd {
            // Only "\n" and "\r\n" end a line of text here (another newline character does not).
            total += scanner.read(while: { $0 != "\n" && $0 != "\r\n" && $0 != first })
            if scanner.current.isNewline {
                break
            } else if scanner.current == first {
                if scanner.read(state.start) { break }
                total.append(first)
                scanner.advance()
            }
        }
        return total
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// A name and the transforms applied to it (`uppercase(name)`), outermost first.
    private static func parseName(_ scanner: inout Scanner, state: State) throws -> (String, [String]) {
        _ = scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: { nameCharacters.contains($0) }))
        _ = scanner.read(while: \.isWhitespace)
        guard scanner.read(state.end) else { throw Unreadable() }
        var inner = Scanner(text)
        let first = inner.read(while: { nameCharactersWithoutBrackets.contains($0) })
        if inner.atEnd { return (text, []) }
        guard inner.current == "(" else { throw Unreadable() }
        inner.advance()
        var transforms = [first]
        while true {
            let name = inner.read(while: { nameCharactersWithoutBrackets.contains($0) })
            switch inner.current {
            case ")":
                inner.advance()
                var closing = 0
                while !inner.atEnd, inner.current == ")" { inner.advance(); closing += 1 }
                guard closing + 1 == transforms.count, inner.atEnd else { throw Unreadable() }
                return (String(name), transforms.map(String.init))
            case "(":
                inner.advance()
                transforms.append(name)
            default:
                throw Unreadable()
            }
        }
    }

    private static func parsePartialName(_ scanner: inout Scanner, state: State) throws -> String {
        _ = scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: { partialNameCharacters.contains($0) }))
        _ = scanner.read(while: \.isWhitespace)
        guard scanner.read(state.end) else { throw Unreadable() }
        return text
    }

    private static func setDelimiters(_ scanner: inout Scanner, state: State) throws -> State {
        _ = scanner.read(while: \.isWhitespace)
        let start = try scanner.read(until: \.isWhitespace)
        _ = scanner.read(while: \.isWhitespace)
        let end = try scanner.read(until: { $0 == "=" || $0.isWhitespace })
        _ = scanner.read(while: \.isWhitespace)
        guard scanner.read("="), scanner.read(state.end), !start.isEmpty, !end.isEmpty else { throw Unreadable() }
        var state = state
        (state.start, state.end) = (String(start), String(end))
        state.partialDefinitionTopLevel = false
        return state
    }

    private static func readContentType(_ scanner: inout Scanner, state: State) throws -> Escaping {
        _ = scanner.read(while: \.isWhitespace)
        let variable = scanner.read(while: { nameCharactersWithoutBrackets.contains($0) })
        _ = scanner.read(while: \.isWhitespace)
        guard scanner.read(":") else { throw Unreadable() }
        _ = scanner.read(while: \.isWhitespace)
        let value = scanner.read(while: { nameCharactersWithoutBrackets.contains($0) })
        _ = scanner.read(while: \.isWhitespace)
        guard scanner.read(state.end), variable == "CONTENT_TYPE" else { throw Unreadable() }
        switch value {
        case "HTML": return .html
        case "TEXT": return .none
        default: throw Unreadable()
        }
    }

    private static func isStandalone(_ scanner: inout Scanner, state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.atEnd { return true }
        var ahead = scanner
        _ = ahead.read(while: { $0 == " " || $0 == "\t" })
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner = ahead
        return true
    }

    /// A position in a template's text, by characters as swift-mustache reads it.
    private struct Scanner {
        let text: String
        var position: String.Index

        init(_ text: String) {
            self.text = text
            position = text.startIndex
        }

        var atEnd: Bool { position == text.endIndex }
        /// The character here; NUL at the end.
        var current: Character { atEnd ? "\0" : text[position] }

        mutating func advance() { position = text.index(after: position) }

        mutating func read(while matches: (Character) -> Bool) -> Substring {
            let start = position
            while !atEnd, matches(text[position]) { advance() }
            return text[start..<position]
        }

        mutating func read(while keyPath: KeyPath<Character, Bool>) -> Substring {
            read(while: { $0[keyPath: keyPath] })
        }

        /// Up to the first character that matches; an error (and no move) when none does.
        mutating func read(until matches: (Character) -> Bool) throws -> Substring {
            let start = position
            while !atEnd {
                if matches(text[position]) { return text[start..<position] }
                advance()
            }
            position = start
            throw Unreadable()
        }

        mutating func read(until keyPath: KeyPath<Character, Bool>) throws -> Substring {
            try read(until: { $0[keyPath: keyPath] })
        }

        /// Reads `string` when the text goes on with it (by characters); otherwise stays.
        mutating func read(_ string: String) -> Bool {
            guard !string.isEmpty else { return true }
            let start = position
            for character in string {
                guard !atEnd, text[position] == character else {
                    position = start
                    return false
                }
                advance()
            }
            return true
        }

        /// Moves past the next `string` (a comment's end), as swift-mustache finds it.
        mutating func skip(past string: String) throws {
            guard !string.isEmpty else { return }
            let start = position
            var index = string.startIndex
            while !atEnd {
                if text[position] == string[index] {
                    index = string.index(after: index)
                    if index == string.endIndex {
                        advance()
                        return
                    }
                } else {
                    index = string.startIndex
                }
                advance()
            }
            position = start
            throw Unreadable()
        }
    }
}

// MARK: - Rendering (swift-mustache's renderer, with the views looked up directly)

extension CompiledTemplate {
    /// What a section makes the current context: a view (its names read through its `fields`), or any
    /// other value (a text, number or list, which has no names, or something else asked as swift-mustache
    /// asks it).
    enum Frame {
        case view(any TemplateView)
        case value(TemplateValue)

        init(_ value: TemplateValue) {
            if case .view(let view) = value { self = .view(view) } else { self = .value(value) }
        }

        var value: TemplateValue {
            switch self {
            case .view(let view): .view(view)
            case .value(let value): value
            }
        }
    }

    /// Where a list's item stands, for `{{#first()}}`, `{{#last()}}`, `{{index()}}`, `even()`, `odd()`.
    struct Position: MustacheTransformable {
        var first = true
        var last = false
        var index = 0

        func transform(_ name: String) -> Any? {
            switch name {
            case "first": first
            case "last": last
            case "index": index
            case "even": (index & 1) == 0
            case "odd": (index & 1) == 1
            default: nil
            }
        }
    }

    struct Context {
        var stack: [Frame]
        var position: Position?
        var indentation: String?
        var inherited: [String: CompiledTemplate]?
        var escaping: Escaping = .html
        let partials: [String: CompiledTemplate]

        func with(_ frame: Frame, position: Position? = nil) -> Context {
            var context = self
            context.stack.append(frame)
            context.position = position
            return context
        }

        func withPartial(indented: String?, inheriting: [String: CompiledTemplate]?) -> Context {
            var context = self
            if let indented { context.indentation = (indentation ?? "") + indented }
            if let inheriting {
                context.inherited = inherited.map { $0.merging(inheriting) { outer, _ in outer } } ?? inheriting
            }
            context.position = nil
            context.escaping = .html
            return context
        }

        func withBlockExpansion(indented: String?) -> Context {
            var context = self
            if let indented { context.indentation = (indentation ?? "") + indented }
            context.position = nil
            return context
        }
    }

    /// The template rendered with `view` as the context, its partials (and parents) from `partials`.
    func render(_ view: any TemplateView, partials: [String: CompiledTemplate]) -> String {
        var output = ""
        output.reserveCapacity(16_384)
        render(into: &output, context: Context(stack: [.view(view)], partials: partials))
        return output
    }

    func render(into output: inout String, context: Context) {
        var context = context
        if let indentation = context.indentation, !indentation.isEmpty {
            // Indented (a standalone partial): each node's output is indented when it starts a line of
            // this template's output, as swift-mustache does it.
            var own = ""
            for node in nodes {
                var piece = ""
                render(node, into: &piece, context: &context)
                if !piece.isEmpty, own.last == "\n" { own += indentation }
                own += piece
            }
            output += own
        } else {
            for node in nodes { render(node, into: &output, context: &context) }
        }
    }

    private func render(_ node: Node, into output: inout String, context: inout Context) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let text = Self.text(of: Self.value(of: name, in: context)) else { return }
            output += escaped && context.escaping == .html ? HTMLEscaping.escape(text) : text
        case .section(let name, let body, let inverted):
            let value = Self.value(of: name, in: context)
            if inverted {
                Self.renderInverted(value, body, into: &output, context: context)
            } else {
                Self.renderSection(value, body, into: &output, context: context)
            }
        case .blockExpansion(let name, let standard, let indentation):
            (context.inherited?[name] ?? standard).render(into: &output, context: context.withBlockExpansion(indented: indentation))
        case .partial(let name, let dynamic, let indentation, let inherits):
            var partialName = name
            if dynamic {
                guard case .text(let named) = Self.value(of: Name(name), in: context) else { return }
                partialName = named
            }
            context.partials[partialName]?.render(into: &output, context: context.withPartial(indented: indentation, inheriting: inherits))
        case .escaping(let escaping):
            context.escaping = escaping
        case .blockDefinition:
            // Only ever inside `{{<parent}}`, where reading takes them out.
            break
        }
    }

    /// A printed value's text: a text or number as it is, anything else as swift-mustache prints it; nil
    /// (nothing printed) for a nil value.
    private static func text(of value: TemplateValue) -> String? {
        switch value {
        case .null: return nil
        case .text(let text): return text
        case .number(let number): return String(number)
        case .flag(let flag): return String(describing: flag)
        case .view(let view): return String(describing: view)
        case .list(let list): return String(describing: list.object)
        case .other(let object):
            if let renderable = object as? MustacheCustomRenderable { return renderable.renderText }
            if let optional = object as? any OptionalValue { return String(describing: optional.wrapped ?? object) }
            return String(describing: object)
        }
    }

    private static func renderSection(_ value: TemplateValue, _ body: CompiledTemplate, into output: inout String, context: Context) {
        switch value {
        case .null:
            return
        case .flag(let flag):
            if flag { body.render(into: &output, context: context) }
        case .list(let list):
            renderItems(list.count, { list.item(at: $0) }, body, into: &output, context: context)
        case .other(let object):
            if let list = object as? any MustacheSequence {
                let items = Self.items(of: list)
                renderItems(items.count, { TemplateValue(items[$0]) }, body, into: &output, context: context)
            } else if let renderable = object as? MustacheCustomRenderable, renderable.isNull {
                return
            } else {
                body.render(into: &output, context: context.with(Frame(value)))
            }
        case .text, .number, .view:
            body.render(into: &output, context: context.with(Frame(value)))
        }
    }

    /// A list's items, each with its place (`first()`, `last()`, `index()`).
    private static func renderItems(_ count: Int, _ item: (Int) -> TemplateValue, _ body: CompiledTemplate, into output: inout String, context: Context) {
        var position = Position()
        for index in 0..<count {
            position.index = index
            position.first = index == 0
            position.last = index == count - 1
            body.render(into: &output, context: context.with(Frame(item(index)), position: position))
        }
    }

    private static func items<List: MustacheSequence>(of list: List) -> [Any] {
        list.map { $0 as Any }
    }

    private static func renderInverted(_ value: TemplateValue, _ body: CompiledTemplate, into output: inout String, context: Context) {
        switch value {
        case .null:
            body.render(into: &output, context: context)
        case .flag(let flag):
            if !flag { body.render(into: &output, context: context) }
        case .list(let list):
            if list.isEmpty { body.render(into: &output, context: context.with(.value(value))) }
        case .other(let object):
            if let list = object as? any MustacheSequence {
                if list.isEmptySequence { body.render(into: &output, context: context.with(.value(value))) }
            } else if let renderable = object as? MustacheCustomRenderable, renderable.isNull {
                body.render(into: &output, context: context)
            }
        case .text, .number, .view:
            break
        }
    }

    /// The value a name stands for: `.` is the current context; a name is looked up from the innermost
    /// context out (the first that has a non-nil value for it), the rest of a dotted name inside that
    /// value; `.name` only in the current context; transforms applied last.
    static func value(of name: Name, in context: Context) -> TemplateValue {
        var value = TemplateValue.null
        switch name.kind {
        case .current:
            value = context.stack.last?.value ?? .null
        case .position:
            value = context.position.map { TemplateValue.other($0) } ?? .null
        case .local:
            value = child(name.parts[...], of: context.stack.last!.value)
        case .search:
            guard let first = name.parts.first else {
                value = context.stack.last?.value ?? .null
                break
            }
            for frame in context.stack.reversed() {
                let found = switch frame {
                case .view(let view): view.value(named: first)
                case .value(let other): immediateChild(first, of: other)
                }
                if case .null = found { continue }
                value = child(name.parts.dropFirst(), of: found)
                break
            }
        }
        guard !name.transforms.isEmpty, var result = value.object else { return value }
        for transform in name.transforms.reversed() {
            guard let transformable = result as? MustacheTransformable, let transformed = transformable.transform(transform) else { return .null }
            result = transformed
        }
        return TemplateValue(result)
    }

    private static func child(_ names: ArraySlice<String>, of value: TemplateValue) -> TemplateValue {
        guard let name = names.first else { return value }
        let found = immediateChild(name, of: value)
        if case .null = found { return .null }
        return child(names.dropFirst(), of: found)
    }

    /// A name in a value: a view's variable; nothing in a text, number, flag or list; in anything else
    /// asked as swift-mustache asks it.
    private static func immediateChild(_ name: String, of value: TemplateValue) -> TemplateValue {
        switch value {
        case .view(let view):
            return view.value(named: name)
        case .null, .text, .number, .flag, .list:
            return .null
        case .other(let object):
            if let parent = object as? MustacheParent { return parent.child(named: name).map(TemplateValue.init) ?? .null }
            guard let matched = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return .null }
            let mirror = Mirror(reflecting: matched.value)
            guard mirror.displayStyle == .optional else { return TemplateValue(matched.value) }
            return mirror.children.first.map { TemplateValue($0.value) } ?? .null
        }
    }
}

/// An optional seen as `Any`, for printing what it wraps.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self }
}

extension MustacheSequence {
    fileprivate var isEmptySequence: Bool {
        var iterator = makeIterator()
        return iterator.next() == nil
    }
}

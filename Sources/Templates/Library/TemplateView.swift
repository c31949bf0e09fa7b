import Mustache

/// A view a template renders: the names its template may use, each declared once with how to read it.
/// `CompiledTemplate` looks every name up through `value(named:)`, which says what kind of value it is (a
/// text, a number, a flag, a view, a list), so rendering asks no value what it is; swift-mustache reads
/// the same names through `child(named:)` (its `MustacheParent`, so a view means to swift-mustache what it
/// means to bus-docs), and the template check (`TemplateVariables`) knows them from `fields`, so nothing is
/// reflected on.
///
/// A view is a plain struct; its conformance sits at the end of its file:
///
///     extension PartyView: TemplateView {
///         static let fields = TemplateFields<PartyView>([("id", { $0.id }), ("name", { $0.name })])
///     }
protocol TemplateView: MustacheParent, TemplateValueConvertible, Sendable {
    static var fields: TemplateFields<Self> { get }
    /// Requirements (with the defaults below), so that a view reached as `any TemplateView` is read
    /// through its own witness, made for its type, rather than through code for any view, which looks up
    /// the type's metadata on every name a template asks for.
    func value(named name: String) -> TemplateValue
    func has(_ name: String) -> Bool
}

extension TemplateView {
    /// The value of a variable the view declares; `.null` for a nil value or a name it does not declare.
    func value(named name: String) -> TemplateValue {
        Self.fields.value(of: name, in: self)
    }

    func child(named name: String) -> Any? {
        value(named: name).object
    }

    var templateValue: TemplateValue { .view(self) }

    /// Whether the view declares a variable of that name (whose value may be nil).
    func has(_ name: String) -> Bool {
        Self.fields.position[name] != nil
    }

    /// Every variable the view declares, in declaration order.
    var variableNames: [String] { Self.fields.names }
}

/// A value a template is given, of one of the kinds a view's variable may have.
enum TemplateValue {
    /// A nil value: to a template, the name is not there.
    case null
    case text(String)
    case number(Int)
    case flag(Bool)
    case view(any TemplateView)
    case list(any TemplateList)
    /// Anything else, such as a transform's result (`{{#reversed(items)}}`): read as swift-mustache reads it.
    case other(Any)

    /// A value known only as `Any` (a transform's result, an item of such a list), by what it is.
    init(_ object: Any) {
        switch object {
        case let text as String: self = .text(text)
        case let number as Int: self = .number(number)
        case let flag as Bool: self = .flag(flag)
        case let view as any TemplateView: self = .view(view)
        default: self = .other(object)
        }
    }

    /// The value as swift-mustache sees it; nil for `.null`.
    var object: Any? {
        switch self {
        case .null: nil
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .view(let view): view
        case .list(let list): list.object
        case .other(let object): object
        }
    }
}

/// What a view's variable may be: a text, a number, a flag, a view, an optional or a list of those.
protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .number(self) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

/// A fraction is printed as swift-mustache prints it.
extension Double: TemplateValueConvertible {
    var templateValue: TemplateValue { .other(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue {
        switch self {
        case .some(let wrapped): wrapped.templateValue
        case .none: .null
        }
    }
}

/// A list a section runs over, its items seen as template values.
protocol TemplateList {
    var isEmpty: Bool { get }
    var count: Int { get }
    func item(at index: Int) -> TemplateValue
    /// The list itself, for swift-mustache and for transforms.
    var object: Any { get }
}

extension Array: TemplateValueConvertible, TemplateList where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(self) }
    func item(at index: Int) -> TemplateValue { self[index].templateValue }
    var object: Any { self }
}

/// The variables of one view type: names in declaration order, and how to read each from a value.
/// A value is a text, a number, a flag, another view, a list of those, or nil.
struct TemplateFields<View>: Sendable {
    let names: [String]
    fileprivate let position: [String: Int]
    private let readers: [@Sendable (View) -> any TemplateValueConvertible]

    init(_ fields: [(String, @Sendable (View) -> any TemplateValueConvertible)]) {
        names = fields.map(\.0)
        readers = fields.map(\.1)
        position = Dictionary(fields.enumerated().map { ($0.element.0, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    func value(of name: String, in view: View) -> TemplateValue {
        guard let index = position[name] else { return .null }
        return readers[index](view).templateValue
    }
}

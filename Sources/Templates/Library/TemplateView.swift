import Mustache

/// A view a template renders: the names its template may use, each declared once with how to read it.
/// `CompiledTemplate` looks every name up through `child(named:)` (swift-mustache's `MustacheParent`, so a
/// view means to swift-mustache what it means to bus-docs), and the template check (`TemplateVariables`)
/// knows the same names from `fields`, so nothing is reflected on.
///
/// A view is a plain struct; its conformance sits at the end of its file:
///
///     extension PartyView: TemplateView {
///         static let fields = TemplateFields<PartyView>([("id", { $0.id }), ("name", { $0.name })])
///     }
protocol TemplateView: MustacheParent, Sendable {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateView {
    func child(named name: String) -> Any? {
        Self.fields.value(of: name, in: self)
    }

    /// Whether the view declares a variable of that name (whose value may be nil).
    func has(_ name: String) -> Bool {
        Self.fields.position[name] != nil
    }

    /// Every variable the view declares, in declaration order.
    var variableNames: [String] { Self.fields.names }
}

/// The variables of one view type: names in declaration order, and how to read each from a value.
/// A value is a text, a number, a flag, another view, a list of those, or nil.
struct TemplateFields<View>: Sendable {
    let names: [String]
    fileprivate let position: [String: Int]
    private let readers: [@Sendable (View) -> Any?]

    init(_ fields: [(String, @Sendable (View) -> Any?)]) {
        names = fields.map(\.0)
        readers = fields.map(\.1)
        position = Dictionary(fields.enumerated().map { ($0.element.0, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    func value(of name: String, in view: View) -> Any? {
        guard let index = position[name] else { return nil }
        return readers[index](view)
    }
}

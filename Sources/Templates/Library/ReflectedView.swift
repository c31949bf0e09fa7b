import Mustache

/// A view's stored properties read once into a dictionary, for Mustache. Without it Mustache reflects on
/// a value again for every name it looks up, which was most of the time spent rendering.
final class ReflectedView: MustacheParent {
    private let children: [String: Any]
    /// Every stored property's name, those that are nil (and so not in `children`) included.
    let names: Set<String>

    private init(children: [String: Any], names: Set<String>) {
        self.children = children
        self.names = names
    }

    func child(named name: String) -> Any? {
        children[name]
    }

    /// Structs become `ReflectedView`s, lists their converted items, optionals their value or nil;
    /// texts, numbers and flags stay as they are.
    static func convert(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?, .tuple?:
            var children: [String: Any] = [:]
            var names = Set<String>()
            for child in mirror.children {
                guard let label = child.label else { continue }
                names.insert(label)
                if let converted = convert(child.value) { children[label] = converted }
            }
            return ReflectedView(children: children, names: names)
        case .collection?, .set?:
            return mirror.children.compactMap { convert($0.value) }
        case .optional?:
            return mirror.children.first.flatMap { convert($0.value) }
        default:
            return value
        }
    }
}

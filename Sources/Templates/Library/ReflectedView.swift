import Foundation
import Mustache

/// A view's stored properties read once, for Mustache. Without it Mustache reflects on a value again for
/// every name it looks up, which was most of the time spent rendering. The property names are shared by
/// every value of a type; each value keeps only its values, so an index of ten thousand rows stays small.
final class ReflectedView: MustacheParent {
    /// Every stored property's name, nil ones included, in declaration order.
    let names: [String]
    private let values: [Any?]

    private init(names: [String], values: [Any?]) {
        self.names = names
        self.values = values
    }

    func child(named name: String) -> Any? {
        guard let index = names.firstIndex(of: name) else { return nil }
        return values[index]
    }

    /// Whether the view has a property of that name (which may be nil).
    func has(_ name: String) -> Bool {
        names.contains(name)
    }

    /// Structs become `ReflectedView`s, lists their converted items, optionals their value or nil;
    /// texts, numbers and flags stay as they are.
    static func convert(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?, .tuple?:
            var values: [Any?] = []
            values.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children where child.label != nil {
                values.append(convert(child.value))
            }
            return ReflectedView(names: names(of: value, mirror), values: values)
        case .collection?, .set?:
            return mirror.children.compactMap { convert($0.value) }
        case .optional?:
            return mirror.children.first.flatMap { convert($0.value) }
        default:
            return value
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var namesByType: [ObjectIdentifier: [String]] = [:]

    /// The labelled properties of a value's type, read from the first value of the type seen.
    private static func names(of value: Any, _ mirror: Mirror) -> [String] {
        let key = ObjectIdentifier(type(of: value))
        if let known = lock.withLock({ namesByType[key] }) { return known }
        let names = mirror.children.compactMap(\.label)
        lock.withLock { namesByType[key] = names }
        return names
    }
}

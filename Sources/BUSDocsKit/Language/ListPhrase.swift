extension Array where Element == String {
    /// The items as a sentence lists them: `a, b och c` with `conjunction` "och" ("and", "eller", "or");
    /// one item alone, none as "".
    public func listed(_ conjunction: String) -> String {
        guard count > 1, let last else { return joined() }
        return dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}

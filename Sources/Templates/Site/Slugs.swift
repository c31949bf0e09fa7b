/// The folder name each agreement gets in a site: its file name without `.md`, or — when two files share
/// a name — as many of its parent folders as tell them apart (`a/x.md`, `b/x.md` → `a-x`, `b-x`). Unique
/// by construction and the same for the same list of paths.
public enum Slugs {
    public static func make(for paths: [String]) -> [String] {
        let parts = paths.map { path in
            path.split(separator: "/").filter { $0 != "." }.map(String.init)
        }
        let stems = parts.map { name(from: $0.suffix(1)) }
        var counts: [String: Int] = [:]
        for stem in stems { counts[stem, default: 0] += 1 }
        var slugs = zip(parts, stems).map { components, stem -> String in
            guard counts[stem]! > 1 else { return stem }
            // The shortest tail of the path that no other path with this name shares.
            let others = parts.filter { $0 != components && name(from: $0.suffix(1)) == stem }
            for length in 2...max(2, components.count) where !others.contains(where: { name(from: $0.suffix(length)) == name(from: components.suffix(length)) }) {
                return name(from: components.suffix(length))
            }
            return name(from: components[...])
        }
        // Whatever still collides (`a-x.md` beside `a/x.md`) is numbered, in input order.
        var taken: Set<String> = []
        for index in slugs.indices {
            var slug = slugs[index], number = 2
            while !taken.insert(slug).inserted {
                slug = "\(slugs[index])-\(number)"
                number += 1
            }
            slugs[index] = slug
        }
        return slugs
    }

    /// Path components joined with `-`, `.md` dropped; never hidden, never `.` or `..`.
    static func name(from components: ArraySlice<String>) -> String {
        var text = components.joined(separator: "-")
        if text.hasSuffix(".md") { text.removeLast(3) }
        return text.isEmpty || text.hasPrefix(".") ? "_" + text : text
    }
}

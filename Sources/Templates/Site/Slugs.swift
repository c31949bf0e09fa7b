import BUSDocsKit

/// The folder name each agreement gets in a site: its file name without `.md`, or — when two files share
/// a name — as many of its parent folders as tell them apart (`a/x.md`, `b/x.md` → `a-x`, `b-x`). Unique
/// by construction and the same for the same list of paths.
public enum Slugs {
    public static func make(for paths: [String]) -> [String] {
        // A file named with a personal identity number gets a page whose name does not show it.
        let parts = paths.map { path in
            PersonalIdentityNumber.masking(path).split(separator: "/").filter { $0 != "." }.map(String.init)
        }
        // Each path takes the shortest tail no other path has; those still sharing one take a longer tail.
        var slugs = [String](repeating: "", count: paths.count)
        var pending = Array(parts.indices)
        var length = 1
        while !pending.isEmpty {
            let names = pending.map { name(from: parts[$0].suffix(length)) }
            var counts: [String: Int] = [:]
            for name in names { counts[name, default: 0] += 1 }
            var still: [Int] = []
            for (index, name) in zip(pending, names) {
                // A path with no longer tail to give keeps the one it has.
                if counts[name] == 1 || parts[index].count <= length { slugs[index] = name } else { still.append(index) }
            }
            pending = still
            length += 1
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

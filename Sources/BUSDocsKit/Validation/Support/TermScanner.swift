/// Finds a term in an agreement's text the way a reader would see it: acronyms (all capitals) as whole
/// words and case-sensitively; other words case-insensitively and also at the start of compounds
/// ("landstingets").
public enum TermScanner {
    public static func occurrences(of term: String, in source: SourceFile) -> [SourceLocation] {
        let isAcronym = term.allSatisfy { $0.isUppercase }
        let needle = Array((isAcronym ? term : term.lowercased()).unicodeScalars)
        var found: [SourceLocation] = []
        for (index, line) in source.lines.enumerated() {
            let scalars = Array((isAcronym ? String(line) : line.lowercased()).unicodeScalars)
            guard scalars.count >= needle.count else { continue }
            for start in 0...(scalars.count - needle.count) where scalars[start] == needle[0] {
                guard Array(scalars[start..<(start + needle.count)]) == needle else { continue }
                if start > 0, isWordCharacter(scalars[start - 1]) { continue }
                let end = start + needle.count
                if isAcronym, end < scalars.count, isWordCharacter(scalars[end]) { continue }
                found.append(SourceLocation(line: index + 1, column: start + 1))
            }
        }
        return found
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}

/// Finds a term in an agreement's text the way a reader would see it: acronyms (all capitals) as whole
/// words and case-sensitively; other words case-insensitively and also at the start of compounds
/// ("landstingets").
public enum TermScanner {
    public static func occurrences(of term: String, in source: SourceFile) -> [SourceLocation] {
        let isAcronym = term.allSatisfy { $0.isUppercase }
        let haystack = isAcronym ? source.bytes : source.lowercasedBytes
        let needle = isAcronym ? Array(term.utf8) : SourceFile.lowercased(Array(term.utf8))
        return SourceFile.offsets(of: needle, in: haystack).filter { offset in
            if isLetter(endingAt: offset, in: source.bytes) { return false }
            return !isAcronym || !isLetter(startingAt: offset + needle.count, in: source.bytes)
        }.map(source.location(ofByte:))
    }

    /// Whether the character just before `offset` is a letter or digit.
    static func isLetter(endingAt offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetter(startingAt: start, in: bytes)
    }

    /// Whether the character starting at `offset` is a letter or digit.
    static func isLetter(startingAt offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset < bytes.count else { return false }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}

/// Finds a person's name in the file name of an attachment (`fil:` under `bilagor:`, BUS018): the file is
/// published with the agreement under that name (`build`, `publish`), so a name in it is as public as one
/// in the text. A name there is a first name of the list (`PersonalName.firstNames`, in any case) with a
/// surname, a year or a date right after it: `bilaga-elias-andersson-2014.pdf`, `Utredning Sara 2015.pdf`.
/// A personal identity number in a file name is the text's (`PersonalIdentityNumber` reads the whole file).
///
/// The file names are read from the front matter's bytes, before the text is masked, so the name is masked
/// wherever the file name is shown (`SourceFile`).
public enum AttachmentName {
    /// The names in the file names of the front matter's `fil:` entries: where each starts and how many
    /// UTF-8 bytes it has, the first name and the word after it.
    public static func matches(in bytes: [UInt8]) -> [PersonalName.Match] {
        guard let frontMatter = frontMatter(bytes) else { return [] }
        var found: [PersonalName.Match] = []
        for key in SourceFile.offsets(of: Array("fil:".utf8), in: bytes) where frontMatter.contains(key) {
            guard key == 0 || [0x20, 0x09, 0x0A, UInt8(ascii: "{"), UInt8(ascii: ",")].contains(bytes[key - 1]),
                  let value = value(afterKeyAt: key, bytes, within: frontMatter) else { continue }
            found += names(inFileName: value, bytes)
        }
        return found
    }

    /// The front matter, between its fences: the text starts with `---` and a line of `---` ends it.
    private static func frontMatter(_ bytes: [UInt8]) -> Range<Int>? {
        guard bytes.starts(with: Array("---\n".utf8)) else { return nil }
        let end = SourceFile.offsets(of: Array("\n---".utf8), in: bytes).first { $0 >= 3 } ?? bytes.count
        // `---` right after the opening fence: an empty front matter.
        return end > 4 ? 4..<end : nil
    }

    /// The value of the key `fil:` at `key`, as written: quoted or plain, up to the end of its line, or in
    /// a flow mapping (`{ titel: …, fil: … }`) to its comma or brace.
    private static func value(afterKeyAt key: Int, _ bytes: [UInt8], within frontMatter: Range<Int>) -> Range<Int>? {
        var start = key + 4
        while start < frontMatter.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard start < frontMatter.upperBound else { return nil }
        var lineStart = key
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        let inFlow = bytes[lineStart..<key].contains(UInt8(ascii: "{"))
        if bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") {
            let quote = bytes[start]
            var end = start + 1
            while end < frontMatter.upperBound, bytes[end] != quote, bytes[end] != 0x0A { end += 1 }
            return start + 1..<end
        }
        var end = start
        while end < frontMatter.upperBound, bytes[end] != 0x0A, !(inFlow && (bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: "}"))),
              !(bytes[end] == UInt8(ascii: "#") && bytes[end - 1] == 0x20) { end += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// The names in a file's name: its last path component without its extension, read as words of
    /// letters and of digits (`-`, `_`, spaces, full stops and `%20` between them).
    static func names(inFileName value: Range<Int>, _ bytes: [UInt8]) -> [PersonalName.Match] {
        var start = value.lowerBound
        if let slash = bytes[value].lastIndex(of: UInt8(ascii: "/")) { start = slash + 1 }
        let end = bytes[start..<value.upperBound].lastIndex(of: UInt8(ascii: ".")).map { $0 > start ? $0 : value.upperBound } ?? value.upperBound
        let text = String(decoding: bytes[start..<end], as: UTF8.self)

        // The words, each with its first byte and its end.
        var words: [(text: String, start: Int, end: Int, digits: Bool)] = []
        var offset = start
        var current: (text: String, start: Int, digits: Bool)?
        var skip = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if skip > 0 { skip -= 1; continue }
            let isDigit = scalar.isASCII && (0x30...0x39).contains(scalar.value)
            let isLetter = !scalar.isASCII || (0x61...0x7A).contains(scalar.value | 0x20) ? scalar.properties.isAlphabetic : false
            if let word = current, (isDigit && word.digits) || (isLetter && !word.digits) {
                current?.text.unicodeScalars.append(scalar)
                continue
            }
            if let word = current { words.append((word.text, word.start, offset, word.digits)) }
            current = isDigit || isLetter ? (String(scalar), offset, isDigit) : nil
            // `%20`: an encoded space.
            if scalar == "%" { skip = 2 }
        }
        if let word = current { words.append((word.text, word.start, offset, word.digits)) }

        var found: [PersonalName.Match] = []
        var index = 0
        while index + 1 < words.count {
            let word = words[index], next = words[index + 1]
            let lower = word.text.lowercased()
            let isName = !word.digits && PersonalName.isFirstNameInLowerCase(lower)
            let nextIsSurname = !next.digits && next.text.count > 1 && !PersonalName.isNoName(next.text.lowercased())
            let nextIsYearOrDate = next.digits && [4, 6, 8].contains(next.text.count)
            if isName, nextIsSurname || nextIsYearOrDate {
                found.append(PersonalName.Match(offset: word.start, length: next.end - word.start))
                index += 2
            } else {
                index += 1
            }
        }
        return found
    }
}

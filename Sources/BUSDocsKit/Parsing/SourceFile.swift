#if canImport(Glibc)
import Glibc
#endif

/// The text of one agreement file after decoding: UTF-8, no byte-order mark, LF line endings.
public struct SourceFile: Sendable {
    /// The path as the user named it; diagnostics print it as it is.
    public var path: String
    public var text: String
    /// The file's lines without their line terminators; `lines[0]` is line 1.
    public var lines: [Substring]
    /// The text as UTF-8, and with letters in lower case (ASCII and Latin-1, so Å Ä Ö too), for rules
    /// that search the whole file: bytes are compared far faster than characters.
    public let bytes: [UInt8]
    public let lowercasedBytes: [UInt8]
    /// Where each line starts, for positions.
    private let lineTable: LineTable
    /// The personal identity numbers the file was written with (BUS018). The text above has every digit
    /// of them masked (`********-****`): no page, report, diff or log made from a file can show them, nor
    /// the date of birth.
    public let personalNumbers: [PersonalIdentityNumber.Match]
    /// The names in sentences about a child or a case, and those sentences (BUS018). The text above has
    /// the names' letters masked too (`**** *********`).
    public let personalNames: PersonalName.Scan
    /// The dates of birth (`född 2015-03-12`, BUS018). The text above has their letters and digits masked
    /// (`född ****-**-**`).
    public let birthDates: [BirthDate.Match]
    /// The names in attachments' file names (`fil: bilagor/bilaga-elias-andersson.pdf`, BUS018). The text
    /// above has them masked too, so the agreement read from it names the file without them.
    public let attachmentNames: [PersonalName.Match]
    /// The street addresses and phone numbers in sentences about a child (`pojken på Granitvägen 7`,
    /// `flickan nås på 070-123 45 67`, BUS018). The text above has them masked too.
    public let contactDetails: [ContactDetail.Match]

    public init(path: String, text: String) {
        self.path = path
        var bytes = Array(text.utf8)
        personalNumbers = PersonalIdentityNumber.matches(in: bytes)
        birthDates = BirthDate.matches(in: bytes, numbers: personalNumbers)
        personalNames = PersonalName.scan(bytes, numbers: personalNumbers, birthDates: birthDates)
        attachmentNames = AttachmentName.matches(in: bytes)
        let taken = personalNumbers.map { $0.offset..<$0.lastFourOffset + 4 } + birthDates.map { $0.offset..<$0.offset + $0.length }
        contactDetails = personalNames.caseSentences.isEmpty ? []
            : ContactDetail.ofChildren(ContactDetail.matches(in: bytes, taken: taken), in: bytes, personalNames)
        if !personalNumbers.isEmpty { bytes = PersonalIdentityNumber.masked(bytes, personalNumbers) }
        if !personalNames.names.isEmpty { bytes = PersonalName.masked(bytes, personalNames.names) }
        if !birthDates.isEmpty { bytes = BirthDate.masked(bytes, birthDates) }
        if !attachmentNames.isEmpty { bytes = PersonalName.masked(bytes, attachmentNames) }
        if !contactDetails.isEmpty { bytes = ContactDetail.masked(bytes, contactDetails) }
        let masked = !personalNumbers.isEmpty || !personalNames.names.isEmpty || !birthDates.isEmpty || !attachmentNames.isEmpty || !contactDetails.isEmpty
        let text = masked ? String(decoding: bytes, as: UTF8.self) : text
        self.text = text
        self.lines = text.linesByUTF8()
        self.bytes = bytes
        self.lowercasedBytes = SourceFile.lowercased(bytes)
        self.lineTable = LineTable(bytes)
    }

    /// The text of a 1-based line, or "" past the end.
    public func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The 1-based line of a byte offset.
    public func lineNumber(ofByte offset: Int) -> Int {
        lineTable.lineIndex(ofByte: offset) + 1
    }

    /// The position of a byte offset, with the column counted in Unicode scalars.
    public func location(ofByte offset: Int) -> SourceLocation {
        lineTable.location(ofByte: offset, in: bytes[...])
    }

    /// Every byte offset where `needle` starts in `haystack` (one of `bytes`, `lowercasedBytes`);
    /// overlapping matches count.
    public static func offsets(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        var found: [Int] = []
        haystack.withUnsafeBytes { hay in
            Needle(needle).search(in: hay) { found.append($0); return true }
        }
        return found
    }

    /// Bytes to search for, and which of them `memchr` looks for: the rarest in Swedish text, so that it
    /// stops at few places that are no match (`ange ` would stop at every `a`). glibc's `memchr` finds each
    /// candidate and `memcmp` compares the whole needle, far faster than a loop over the bytes.
    struct Needle: Sendable {
        let bytes: [UInt8]
        private let anchor: Int

        init(_ bytes: [UInt8]) {
            let commonness = Needle.commonness
            self.bytes = bytes
            anchor = bytes.indices.min { commonness[Int(bytes[$0])] < commonness[Int(bytes[$1])] } ?? 0
        }

        /// Whether the needle stands anywhere in `haystack` (an empty needle does).
        func occurs(in haystack: ArraySlice<UInt8>) -> Bool {
            guard !bytes.isEmpty else { return true }
            var found = false
            haystack.withUnsafeBytes { hay in
                search(in: hay) { _ in found = true; return false }
            }
            return found
        }

        /// Gives `body` each offset where the needle starts in `hay`, in order, while it returns true.
        func search(in hay: UnsafeRawBufferPointer, _ body: (Int) -> Bool) {
            guard !bytes.isEmpty, hay.count >= bytes.count else { return }
            bytes.withUnsafeBytes { pin in
                let base = hay.baseAddress!, byte = Int32(pin[anchor]), last = hay.count - pin.count
                var offset = 0
                while offset <= last, let hit = memchr(base + offset + anchor, byte, last - offset + 1) {
                    let position = base.distance(to: UnsafeRawPointer(hit)) - anchor
                    if memcmp(base + position, pin.baseAddress!, pin.count) == 0, !body(position) { return }
                    offset = position + 1
                }
            }
        }

        /// Roughly how common each byte is in Swedish text: the space most, then the letters in their order
        /// of frequency (either case), then the bytes of `å ä ö`; digits and punctuation least.
        private static let commonness: [UInt8] = (0...255).map { byte in
            let letters = Array("eanrtsildomkgvhfupbcyjxwzq".utf8)
            switch UInt8(byte) {
            case 0x20: return 100
            case 0x41...0x5A, 0x61...0x7A: return UInt8(60 - (letters.firstIndex(of: UInt8(byte) | 0x20) ?? 30))
            case 0xC3: return 40
            case 0x80...0xBF: return 30
            default: return 0
            }
        }
    }

    /// ASCII A–Z and the Latin-1 capitals (À–Þ, so Å Ä Ö) in lower case; every other byte as it is.
    public static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        var lower = bytes
        // In place through a buffer: every byte of every file passes here.
        lower.withUnsafeMutableBufferPointer { lower in
            let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80, lows = ones &* 0x7F
            var index = 0
            while index < lower.count {
                // Eight bytes with no capital A–Z and no C3 (the lead byte of À–ÿ) are passed over at once.
                if index + 8 <= lower.count {
                    let block = UnsafeRawPointer(lower.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let low = block & lows
                    let capital = (ones &* (127 + 0x5B) &- low) & ~block & (low &+ ones &* (127 - 0x40)) & highs
                    let c3 = block ^ (ones &* 0xC3)
                    if capital | ((c3 &- ones) & ~c3 & highs) == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = lower[index]
                if byte >= 0x41 && byte <= 0x5A {
                    lower[index] = byte + 0x20
                } else if byte == 0xC3, index + 1 < lower.count, lower[index + 1] >= 0x80, lower[index + 1] <= 0x9E, lower[index + 1] != 0x97 {
                    lower[index + 1] += 0x20
                    index += 1
                }
                index += 1
            }
        }
        return lower
    }
}

extension StringProtocol {
    /// The lines of a text split at LF on its UTF-8 bytes: the same as `split(separator: "\n")` without
    /// grapheme breaking, which costs more than everything else done with the lines.
    func linesByUTF8() -> [SubSequence] {
        // Newlines found on the contiguous bytes; UTF-8 offsets become indices in constant time.
        let newlines: [Int] = utf8.withContiguousStorageIfAvailable { bytes in
            var found: [Int] = []
            guard let base = bytes.baseAddress else { return found }
            // glibc's `memchr` finds each LF, far faster than a loop over the bytes.
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, 10, bytes.count - offset) {
                let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                found.append(position)
                offset = position + 1
            }
            return found
        } ?? utf8.enumerated().filter { $0.element == 10 }.map(\.offset)
        var lines: [SubSequence] = []
        lines.reserveCapacity(newlines.count + 1)
        var start = startIndex
        for offset in newlines {
            let newline = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(self[start..<newline])
            start = utf8.index(after: newline)
        }
        lines.append(self[start..<endIndex])
        return lines
    }
}

extension ArraySlice where Element == Substring {
    /// Consecutive lines from `linesByUTF8` joined by LF again: one slice of the text they were cut
    /// from, not a join of copies. The same as `joined(separator: "\n")` for such lines.
    func joinedLines() -> String {
        guard let first, let last else { return "" }
        return String(first.base[first.startIndex..<last.endIndex])
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Turns the bytes of a file into a `SourceFile`, or says why they are not agreement text.
///
/// Accepts UTF-8 with or without a byte-order mark and LF or CRLF line endings; refuses NUL bytes,
/// invalid UTF-8 and files over the size limit, each with the position of the problem.
public enum SourceDecoder {
    /// Agreements are a few tens of kilobytes; anything this large is not one.
    public static let maximumFileSize = 4 * 1024 * 1024
    /// No line of a hand-written agreement is this long; a longer one is pasted data.
    public static let maximumLineLength = 64 * 1024

    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceFile, Diagnostic> {
        if bytes.count > maximumFileSize {
            return .failure(InputRule.tooLarge(size: bytes.count, limit: maximumFileSize))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = firstIndex(of: 0, in: body) {
            return .failure(InputRule.nulByte(at: location(ofByte: nul, in: body)))
        }
        if let control = firstControlCharacter(body) {
            return .failure(InputRule.controlCharacter(body[control], at: location(ofByte: control, in: body)))
        }
        // The standard library's validation (the same well-formed UTF-8 as `firstInvalidUTF8`) makes the
        // text in one pass; only bytes it refuses are read again for where.
        let validated = String(validating: body, as: UTF8.self)
        if validated == nil, let bad = firstInvalidUTF8(body) {
            return .failure(InputRule.invalidUTF8(at: location(ofByte: bad, in: body)))
        }
        if let (line, length) = firstLongLine(body) {
            return .failure(InputRule.lineTooLong(line: line, length: length, limit: maximumLineLength))
        }
        var text = validated ?? String(decoding: body, as: UTF8.self)
        if firstIndex(of: 13, in: body) != nil {
            text = text.replacingCRLF()
        }
        return .success(SourceFile(path: path, text: text))
    }

    /// Where a byte first stands, found by glibc's `memchr`: far faster than a loop over the bytes.
    static func firstIndex(of byte: UInt8, in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, Int32(byte), buffer.count) else { return nil }
            return bytes.startIndex + UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
    }

    /// The index of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        // Read in place: every byte of every file passes here.
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var offset = 0
            while offset < buffer.count {
                let lead = buffer[offset]
                let length: Int
                switch lead {
                case 0x00...0x7F: length = 1
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: return bytes.startIndex + offset
                }
                if offset + length > buffer.count { return bytes.startIndex + offset }
                for next in 1..<length where buffer[offset + next] & 0xC0 != 0x80 { return bytes.startIndex + offset }
                if length == 3 {
                    let second = buffer[offset + 1]
                    if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return bytes.startIndex + offset }
                } else if length == 4 {
                    let second = buffer[offset + 1]
                    if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return bytes.startIndex + offset }
                }
                offset += length
            }
            return nil
        }
    }

    /// The first control character other than tab and line endings, or the first U+FFFE/U+FFFF: text that
    /// no document can show (HTML and XML forbid them), usually pasted from another program.
    static func firstControlCharacter(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            /// A control character at `offset`, or U+FFFE/U+FFFF (EF BF BE, EF BF BF) starting there.
            func refused(_ offset: Int) -> Bool {
                let byte = buffer[offset]
                if byte < 0x20 { return byte != 9 && byte != 10 && byte != 13 }
                return byte == 0xEF && offset + 2 < buffer.count && buffer[offset + 1] == 0xBF
                    && (buffer[offset + 2] == 0xBE || buffer[offset + 2] == 0xBF)
            }
            // Eight bytes at a time: a block with no byte below 0x20 and no EF has nothing to look at.
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            var offset = 0
            while offset + 8 <= buffer.count {
                let block = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                let control = (block &- ones &* 0x20) & ~block & highs
                let lead = block ^ (ones &* 0xEF)
                let ef = (lead &- ones) & ~lead & highs
                if control | ef != 0 {
                    for index in offset..<(offset + 8) where refused(index) { return bytes.startIndex + index }
                }
                offset += 8
            }
            for index in offset..<buffer.count where refused(index) { return bytes.startIndex + index }
            return nil
        }
    }

    /// The first line longer than the limit, with its length in bytes.
    static func firstLongLine(_ bytes: ArraySlice<UInt8>) -> (line: Int, length: Int)? {
        bytes.withUnsafeBufferPointer { buffer -> (line: Int, length: Int)? in
            guard let base = buffer.baseAddress else { return nil }
            var line = 1, start = 0
            // Each LF found by glibc's `memchr`.
            while start < buffer.count, let hit = memchr(base + start, 10, buffer.count - start) {
                let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if offset - start > maximumLineLength { return (line, offset - start) }
                line += 1
                start = offset + 1
            }
            return buffer.count - start > maximumLineLength ? (line, buffer.count - start) : nil
        }
    }

    /// Line and column of a byte, counting columns in UTF-8 lead bytes (scalars) up to it.
    static func location(ofByte target: Int, in bytes: ArraySlice<UInt8>) -> SourceLocation {
        LineTable(bytes).location(ofByte: target, in: bytes)
    }
}

private extension String {
    /// CRLF and lone CR become LF, so every later stage sees one line ending.
    func replacingCRLF() -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}

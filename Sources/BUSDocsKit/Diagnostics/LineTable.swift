#if canImport(Glibc)
import Glibc
#endif

/// The one way a byte offset in UTF-8 text becomes a line and a column: lines end at LF only, columns
/// count Unicode scalars (UTF-8 lead bytes). Line starts are found once; a line by binary search.
struct LineTable: Sendable {
    /// The offset each line starts at, in the indices of the bytes the table was made from.
    let starts: [Int]

    init(_ bytes: ArraySlice<UInt8>) {
        var starts = [bytes.startIndex]
        // glibc's `memchr` finds each LF, far faster than a loop over the bytes.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let hit = memchr(base + offset, 10, buffer.count - offset) {
                let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                starts.append(bytes.startIndex + position + 1)
                offset = position + 1
            }
        }
        self.starts = starts
    }

    init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    /// The 0-based line that holds `offset`.
    func lineIndex(ofByte offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The position of `offset` in `bytes` (the bytes the table was made from); lines count from `firstLine`.
    func location(ofByte offset: Int, in bytes: ArraySlice<UInt8>, firstLine: Int = 1) -> SourceLocation {
        let offset = min(max(offset, bytes.startIndex), bytes.endIndex)
        let line = lineIndex(ofByte: offset)
        return SourceLocation(line: firstLine + line, column: Self.scalars(in: bytes[starts[line]..<offset]) + 1)
    }

    /// How many Unicode scalars some UTF-8 bytes hold: their lead bytes.
    static func scalars(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

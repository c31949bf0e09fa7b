/// Distinct words numbered in the order they are first met, as `[String: Int]` would number them, for
/// the word index of a body (`RuleContext`): every word of every sentence is looked up once, and
/// `Hasher`'s SipHash per word cost more than the rest of the index.
///
/// An open-addressed table of numbers, found by FNV-1a over a word's bytes when they are ASCII (most of
/// them) and by `Hasher` otherwise. Words compare with `==`, as dictionary keys do; an ASCII word and a
/// non-ASCII one are never equal (no folded word holds a character that decomposes to ASCII), so two
/// equal words always hash alike.
struct WordNumbers {
    /// The words, by number.
    private(set) var words: [String] = []
    private var slots: [Int32]
    private var mask: Int

    /// Room for `capacity` distinct words without growing.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        words.reserveCapacity(capacity)
    }

    /// The word's number, given it now if it is new.
    mutating func number(of word: String) -> Int {
        var slot = Self.hash(word) & mask
        while true {
            let number = Int(slots[slot])
            if number < 0 { break }
            if words[number] == word { return number }
            slot = (slot + 1) & mask
        }
        let number = words.count
        words.append(word)
        slots[slot] = Int32(number)
        if words.count * 2 > slots.count { grow() }
        return number
    }

    /// The word's number, if it was given one.
    func number(ofExisting word: String) -> Int? {
        var slot = Self.hash(word) & mask
        while true {
            let number = Int(slots[slot])
            if number < 0 { return nil }
            if words[number] == word { return number }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (number, word) in words.enumerated() {
            var slot = Self.hash(word) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    private static func hash(_ word: String) -> Int {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                if byte >= 0x80 { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            // The high bits mixed into the low ones the table uses.
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
        return (ascii ?? nil) ?? word.hashValue
    }
}

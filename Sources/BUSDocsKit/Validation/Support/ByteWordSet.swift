/// A fixed set of words as UTF-8 bytes, asked about a word that is a slice of a text's bytes: a scan
/// that meets every word of every file looks each up without making a String of it (making one, hashing
/// it and comparing it as characters costs far more than the bytes).
///
/// Bytes are not characters: two Strings are equal when they are canonically equivalent, two byte runs
/// only when they are the same. Asked about text in Normalization Form C, with words written in it, the
/// set answers as a `Set<String>` would; the caller makes sure of that (a text of characters below U+0300
/// is in that form: none of them decomposes or combines with another).
struct ByteWordSet: Sendable {
    private var words: [[UInt8]] = []
    /// Open addressing: each slot is a word's index in `words`, or -1.
    private var slots: [Int32]
    private let mask: Int
    /// The bytes words start with, and the shortest and longest word: most words asked about are passed
    /// over on these before any hashing.
    private var firstBytes = [Bool](repeating: false, count: 256)
    private var shortest = Int.max
    private var longest = 0

    init(_ words: some Collection<String>) {
        var size = 16
        while size < words.count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for word in words { insert(Array(word.utf8)) }
    }

    private mutating func insert(_ word: [UInt8]) {
        guard !word.isEmpty, !contains(word[...]) else { return }
        var slot = Self.hash(word[...]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(words.count)
        words.append(word)
        firstBytes[Int(word[0])] = true
        shortest = min(shortest, word.count)
        longest = max(longest, word.count)
    }

    /// Whether the bytes are one of the words.
    func contains(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, firstBytes[Int(first)], word.count >= shortest, word.count <= longest else { return false }
        var slot = Self.hash(word) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return false }
            if words[index].elementsEqual(word) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the bytes, with the high bits mixed into the low ones the table uses.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

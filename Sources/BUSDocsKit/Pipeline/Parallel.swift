import Dispatch

extension Array where Element: Sendable {
    /// `map` over every core: agreements are independent, so reading, parsing and checking them spreads
    /// over the machine. Results keep the input order, so output stays deterministic.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        let slots = Slots<T>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, Result { try transform(elements[index]) })
        }
        return try slots.collect().map { try $0.get() }
    }
}

extension Array {
    /// The array in consecutive pieces of at most `size` elements: work on thousands of files goes piece
    /// by piece, so what is held at once stays the same however many files there are.
    public func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

/// One slot per result, allocated up front.
///
/// Why `@unchecked Sendable` is safe: `concurrentPerform` gives each index to exactly one iteration, and
/// each iteration writes only its own slot, so no two threads touch the same memory; the buffer is
/// allocated before the first iteration and never moves or grows; `collect` runs only after
/// `concurrentPerform` has returned, which orders every write before every read.
private final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result<T, Error>?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Result<T, Error>) {
        buffer[index] = value
    }

    func collect() -> [Result<T, Error>] {
        buffer.map { $0! }
    }
}

/// A count as published: shown, or protected so that no single child can be recognised (*röjandekontroll*).
public struct Figure: Sendable, Equatable, CustomStringConvertible {
    public enum State: String, Sendable {
        case shown
        /// 1 or 2 cases: shown as "färre än 3" (primary suppression).
        case small
        /// Hidden so that a small count cannot be worked out from a total (secondary suppression).
        case complement
    }

    /// The true count, computed before suppression; never printed unless `state` is `shown`.
    public var value: Int
    public var state: State

    public init(value: Int, state: State = .shown) {
        self.value = value
        self.state = state
    }

    public var isShown: Bool { state == .shown }

    public static let smallText = "färre än 3"
    public static let complementText = ".."

    /// "56", "färre än 3" or "..".
    public var description: String {
        switch state {
        case .shown: return String(value)
        case .small: return Figure.smallText
        case .complement: return Figure.complementText
        }
    }
}

/// The counts of one report year and the sums that tie them together (a row and its total, a region's
/// figure and the areas'), protected together. Counts of 1 and 2 are hidden ("färre än 3"); then, while a
/// reader could still work out a hidden count exactly — from the totals, the other counts and what the
/// marks say (a "färre än 3" is 1 or 2, a ".." any number) — one more count of such a sum is hidden: the
/// smallest other count above zero, else a zero, else the total. When the total itself is fewer than 3,
/// its whole breakdown is hidden: two counts of "färre än 3" under a total of "färre än 3" are 1 each.
public struct ProtectionProblem: Sendable {
    public typealias Cell = Int

    struct Entry {
        var value: Int
        /// A count that is not printed (e.g. the deviations that are not principal) but can be worked out.
        var displayed: Bool
        var state: Figure.State = .shown
    }

    struct Sum {
        var items: [Cell]
        var total: Cell
    }

    /// What a reader can tell about a count: at least `low`, at most `high` (nil: no upper bound).
    struct Bounds: Equatable {
        var low: Int
        var high: Int?
        var isExact: Bool { high == low }
    }

    var entries: [Entry] = []
    var sums: [Sum] = []

    public init() {}

    /// A count; `displayed: false` for one the report leaves out but a reader could compute.
    public mutating func count(_ value: Int, displayed: Bool = true) -> Cell {
        entries.append(Entry(value: value, displayed: displayed))
        return entries.count - 1
    }

    /// States that the items add up to the total.
    public mutating func sum(_ items: [Cell], is total: Cell) {
        sums.append(Sum(items: items, total: total))
    }

    /// A count that is the sum of some others: added and tied to them.
    public mutating func total(of items: [Cell]) -> Cell {
        let cell = count(items.reduce(0) { $0 + entries[$1].value })
        sum(items, is: cell)
        return cell
    }

    public func value(_ cell: Cell) -> Int { entries[cell].value }

    /// Protects the counts; with `suppressing: false` (internal use) every count is shown.
    public mutating func solve(suppressing: Bool) {
        guard suppressing else { return }
        for index in entries.indices where (1...2).contains(entries[index].value) {
            entries[index].state = .small
        }
        while let cell = derivableCells().first {
            guard hideMore(toProtect: cell) else { break }
        }
    }

    /// Hides one more count (or a small total's whole breakdown) in a sum through which `cell` can be
    /// worked out; false when no such sum has anything left to hide.
    mutating func hideMore(toProtect cell: Cell) -> Bool {
        func shown(_ cell: Cell) -> Bool { entries[cell].displayed && entries[cell].state == .shown }
        for sum in sums where sum.total == cell || sum.items.contains(cell) {
            // (A sum of one count, a region of one area, is no breakdown: hiding its item tells nothing.)
            if entries[sum.total].state == .small, sum.items.count > 1 {
                let breakdown = sum.items.filter { entries[$0].displayed && entries[$0].state != .complement }
                if !breakdown.isEmpty {
                    for item in breakdown { entries[item].state = .complement }
                    return true
                }
            }
            let candidates = sum.items.filter(shown)
            let choice = candidates.filter { entries[$0].value > 0 }.min { entries[$0].value < entries[$1].value }
                ?? candidates.first
                ?? (shown(sum.total) ? sum.total : nil)
            if let choice {
                entries[choice].state = .complement
                return true
            }
        }
        // Every sum it stands in is hidden already: the count is told through sums further away (a matrix's
        // columns, the region's totals). Hide the nearest count still shown, else one of "färre än 3".
        var seen: Set<Cell> = [cell]
        var frontier = [cell]
        while !frontier.isEmpty {
            let near = Set(sums.filter { sum in frontier.contains(sum.total) || sum.items.contains(where: frontier.contains) }
                .flatMap { $0.items + [$0.total] }).subtracting(seen)
            let candidates = near.filter(shown).sorted()
            if let choice = candidates.filter({ entries[$0].value > 0 }).min(by: { entries[$0].value < entries[$1].value }) ?? candidates.first {
                entries[choice].state = .complement
                return true
            }
            seen.formUnion(near)
            frontier = near.sorted()
        }
        if let small = seen.sorted().first(where: { $0 != cell && entries[$0].displayed && entries[$0].state == .small }) {
            entries[small].state = .complement
            return true
        }
        return false
    }

    /// What a reader can tell about every count from the printed figures and the sums, tightened sum by
    /// sum until nothing changes.
    func bounds() -> [Bounds] {
        var bounds = entries.map { entry -> Bounds in
            guard entry.displayed else { return Bounds(low: 0, high: nil) }
            switch entry.state {
            case .shown: return Bounds(low: entry.value, high: entry.value)
            case .small: return Bounds(low: 1, high: 2)
            case .complement: return Bounds(low: 0, high: nil)
            }
        }
        var changed = true
        var rounds = 0
        while changed, rounds < 200 {
            changed = false
            rounds += 1
            for sum in sums {
                let lows = sum.items.reduce(0) { $0 + bounds[$1].low }
                let highs: Int? = sum.items.reduce(Optional(0)) { total, item in
                    guard let total, let high = bounds[item].high else { return nil }
                    return total + high
                }
                var total = bounds[sum.total]
                total.low = max(total.low, lows)
                if let highs { total.high = min(total.high ?? highs, highs) }
                if total != bounds[sum.total] { bounds[sum.total] = total; changed = true }
                for item in sum.items {
                    var bound = bounds[item]
                    let othersLow = lows - bound.low
                    if let high = total.high { bound.high = min(bound.high ?? (high - othersLow), high - othersLow) }
                    if let highs, let own = bound.high { bound.low = max(bound.low, total.low - (highs - own)) }
                    if bound != bounds[item] { bounds[item] = bound; changed = true }
                }
            }
        }
        return bounds
    }

    /// Hidden counts of 1 or 2 a reader could work out exactly (a hidden 0 or 9 that can be worked out
    /// tells nothing about a child; a small count it would give away is found as itself).
    func derivableCells() -> [Cell] {
        let bounds = bounds()
        return entries.indices.filter {
            entries[$0].displayed && entries[$0].state != .shown && (1...2).contains(entries[$0].value) && bounds[$0].isExact
        }
    }

    public func figure(_ cell: Cell) -> Figure {
        Figure(value: entries[cell].value, state: entries[cell].state)
    }

    /// Sums through which a hidden count can be worked out: what `solve` leaves must be none.
    public var derivable: [(items: [Figure], total: Figure)] {
        let cells = Set(derivableCells())
        return sums.filter { sum in
            cells.contains(sum.total) || sum.items.contains(where: cells.contains)
        }.map { ($0.items.map(figure), figure($0.total)) }
    }
}

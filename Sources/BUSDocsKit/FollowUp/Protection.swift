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
/// figure and the areas'), protected together: counts of 1 and 2 are hidden, a total of 1 or 2 hides its
/// whole breakdown, and then, until no sum lets a
/// hidden count be worked out, one more count of each sum that has exactly one hidden count (the smallest
/// other count above zero, else the total).
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
        var changed = true
        while changed {
            changed = false
            for sum in sums {
                // A total of "färre än 3" with more than one count under it: its breakdown would tell them
                // (two counts of "färre än 3" under it are 1 each, and the zeros say where), so it is hidden.
                if entries[sum.total].state == .small, sum.items.count > 1 {
                    let breakdown = sum.items.filter { entries[$0].displayed && entries[$0].state != .complement }
                    if !breakdown.isEmpty {
                        for item in breakdown { entries[item].state = .complement }
                        changed = true
                        continue
                    }
                }
                let cells = sum.items + [sum.total]
                let unknown = cells.filter { !entries[$0].displayed || entries[$0].state != .shown }
                guard unknown.count == 1, entries[unknown[0]].state != .shown else { continue }
                // One hidden count and everything else known: it could be worked out. Hide one more.
                let candidates = sum.items.filter { entries[$0].displayed && entries[$0].state == .shown }
                let complement = candidates.filter { entries[$0].value > 0 }.min { entries[$0].value < entries[$1].value }
                    ?? candidates.first
                    ?? (entries[sum.total].displayed && entries[sum.total].state == .shown ? sum.total : nil)
                guard let complement else { continue }
                entries[complement].state = .complement
                changed = true
            }
        }
    }

    public func figure(_ cell: Cell) -> Figure {
        Figure(value: entries[cell].value, state: entries[cell].state)
    }

    /// Sums in which exactly one hidden count is unknown: what `solve` leaves must be none.
    public var derivable: [(items: [Figure], total: Figure)] {
        sums.filter { sum in
            let unknown = (sum.items + [sum.total]).filter { !entries[$0].displayed || entries[$0].state != .shown }
            return unknown.count == 1 && entries[unknown[0]].state != .shown
        }.map { ($0.items.map(figure), figure($0.total)) }
    }
}

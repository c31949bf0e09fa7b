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
/// figure and the areas'), protected together. Counts of 1 and 2 are hidden ("färre än 3"). A reader knows
/// what the marks say — a "färre än 3" is 1 or 2, a printed 0 is 0, a ".." is at least 1, since a 0 is
/// never hidden — and so can bound every count, sum by sum and reading the sums together
/// (`CombinedSums`); a hidden count of 1 or 2 whose bounds are exact is disclosed. While one is, one more count is hidden, chosen by trial among the counts of the sums the
/// disclosed count stands in (then their neighbours): the one that leaves the fewest disclosed counts, then
/// the smallest, then the first. A "färre än 3" may instead become "..". Counts protected already (`fix`)
/// keep their state, and only the others are hidden for them.
public struct ProtectionProblem: Sendable {
    public typealias Cell = Int

    struct Entry {
        var value: Int
        /// A count that is not printed (e.g. the deviations that are not principal) but can be worked out.
        var displayed: Bool
        var state: Figure.State = .shown
        /// Protected already (an area's table, protected on its own): its state stays as it is.
        var fixed = false
    }

    struct Sum {
        var items: [Cell]
        var total: Cell
    }

    /// What a reader can tell about a count: at least `low`, at most `high` (nil: no upper bound).
    public struct Bounds: Equatable, Sendable {
        public var low: Int
        public var high: Int?
        public var isExact: Bool { high == low }
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

    /// How many counts the problem has: the next count added is this cell.
    public var count: Int { entries.count }

    /// Takes the states of `other`'s counts, protected on their own, for this problem's counts from `first`
    /// on, and keeps them: `solve` then hides only other counts (the region's) where the sums between them
    /// would give a hidden count away. `other` must have made its counts in the same order.
    public mutating func fix(from first: Cell, as other: ProtectionProblem) {
        for (offset, entry) in other.entries.enumerated() {
            entries[first + offset].state = entry.state
            entries[first + offset].fixed = true
        }
    }

    /// Protects the counts; with `suppressing: false` (internal use) every count is shown.
    public mutating func solve(suppressing: Bool) {
        guard suppressing else { return }
        for index in entries.indices where !entries[index].fixed && (1...2).contains(entries[index].value) {
            entries[index].state = .small
        }
        var disclosed = disclosedCells()
        while let target = disclosed.first {
            // Trials are judged sum by sum (reading the sums together for every trial would be slow); a
            // count only the sums together give away takes the best count of the sums it stands in, and
            // the whole audit then asks again.
            let bySum = disclosedCells(combining: false)
            guard let move = bestMove(toProtect: target, disclosed: bySum.count, nearOnly: !bySum.contains(target)) else { break }
            for cell in move { entries[cell].state = .complement }
            disclosed = disclosedCells()
        }
        markConsistently()
    }

    /// One figure, one mark: a hidden count gets the mark a reader can already tell it has, so that the
    /// same figure never reads "färre än 3" in one table and ".." in another (a region's count that is one
    /// area's, the others' being printed 0s; a row total of one cell). Counts a reader can tell are equal
    /// (`sameFigures`) take the mark of one protected already (`fix`): ".." when one is, since a mark that
    /// says less gives nothing away; a number when one is printed. Any other ".." that a reader can bound to
    /// 1 or 2 reads "färre än 3". Neither tells a reader more than the marks did, so no count is disclosed.
    mutating func markConsistently() {
        let classes = sameFigures()
        var settled: Set<Cell> = []
        for members in classes {
            let fixed = members.filter { entries[$0].fixed }
            let shown = members.contains { entries[$0].state == .shown }
            let mark: Figure.State? = shown ? .shown
                : fixed.contains { entries[$0].state == .complement } ? .complement
                : fixed.isEmpty ? nil : .small
            guard let mark else { continue }
            for cell in members where !entries[cell].fixed && entries[cell].state != .shown {
                // A count of 1 or 2 is never printed, even where a reader could work it out.
                if mark == .shown, entries[cell].value <= 2 { continue }
                entries[cell].state = mark
                settled.insert(cell)
            }
        }
        let bounds = bounds()
        for index in entries.indices where entries[index].displayed && !entries[index].fixed && !settled.contains(index)
            && entries[index].state == .complement {
            if let high = bounds[index].high, high <= 2 { entries[index].state = .small }
        }
    }

    /// Displayed counts a reader can tell are the same figure: a total and the one item of its sum that is
    /// not a printed 0. Each class has two counts or more.
    func sameFigures() -> [[Cell]] {
        var parent = Array(entries.indices)
        func root(_ cell: Cell) -> Cell {
            var cell = cell
            while parent[cell] != cell { cell = parent[cell] }
            return cell
        }
        for sum in sums where entries[sum.total].displayed {
            let open = sum.items.filter { !(entries[$0].displayed && entries[$0].state == .shown && entries[$0].value == 0) }
            guard open.count == 1, entries[open[0]].displayed else { continue }
            let (a, b) = (root(open[0]), root(sum.total))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        return Dictionary(grouping: entries.indices, by: root).values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The counts to hide next so that `target` is no longer disclosed: tried one by one among the counts
    /// of the sums `target` stands in, then of the sums next to those, widening until a trial helps. The
    /// trial that leaves the fewest disclosed counts wins, then the one that hides no shown count (a
    /// "färre än 3" becoming ".."), then the smallest count, then the first. A 0 is never hidden, so a
    /// reader may take every ".." as at least 1, as `bounds` does. Nil when nothing is left to hide.
    func bestMove(toProtect target: Cell, disclosed current: Int, nearOnly: Bool = false) -> [Cell]? {
        typealias Trial = (move: [Cell], disclosed: Int, hidesShown: Int, value: Int, first: Cell)
        func better(_ a: Trial, _ b: Trial) -> Bool {
            (a.disclosed, a.hidesShown, a.value, a.first) < (b.disclosed, b.hidesShown, b.value, b.first)
        }
        func trial(_ move: [Cell]) -> Trial {
            var copy = self
            for cell in move { copy.entries[cell].state = .complement }
            return (move, copy.disclosedCells(combining: false).count, move.filter { entries[$0].state == .shown }.count,
                    move.reduce(0) { $0 + entries[$1].value }, move.min() ?? 0)
        }
        var best: Trial?
        var seen: Set<Cell> = []
        var frontier: Set<Cell> = [target]
        while !frontier.isEmpty {
            let near = sums.filter { frontier.contains($0.total) || $0.items.contains(where: frontier.contains) }
            let ring = Set(near.flatMap { $0.items + [$0.total] })
            let moves = ring.subtracting(seen)
                .filter { entries[$0].displayed && !entries[$0].fixed && entries[$0].state != .complement && entries[$0].value > 0 }
                .sorted().map { [$0] }
            for move in moves {
                let result = trial(move)
                if best.map({ better(result, $0) }) ?? true { best = result }
            }
            if let best, best.disclosed < current || nearOnly { return best.move }
            frontier = ring.subtracting(seen).subtracting(frontier)
            seen.formUnion(ring)
        }
        // No single count helps yet: hide the best tried, so that the next round can build on it.
        return best?.move
    }

    /// What a reader can tell about every count from the printed figures and the sums, tightened sum by
    /// sum until nothing changes.
    public func bounds() -> [Bounds] {
        var bounds = entries.map { entry -> Bounds in
            guard entry.displayed else { return Bounds(low: 0, high: nil) }
            switch entry.state {
            case .shown: return Bounds(low: entry.value, high: entry.value)
            case .small: return Bounds(low: 1, high: 2)
            case .complement: return Bounds(low: 1, high: nil)
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
    /// tells nothing about a child; a small count it would give away is found as itself): sum by sum
    /// (`bounds`), or reading every sum together (`CombinedSums`: its ranges, then a search for another
    /// value that fits every sum). `combining: false` asks sum by sum only.
    func disclosedCells(combining: Bool = true) -> [Cell] {
        let bounds = bounds()
        let hidden = entries.indices.filter { entries[$0].displayed && entries[$0].state != .shown && (1...2).contains(entries[$0].value) }
        let bySum = hidden.filter { bounds[$0].isExact }
        guard combining, bySum.count < hidden.count else { return bySum }
        let combined = CombinedSums(self)
        let truth = entries.map(\.value)
        return hidden.filter { cell in
            bounds[cell].isExact || combined.ranges[cell].map { $0.lowerBound == $0.upperBound } ?? false
                || !combined.admitsAnother(than: truth[cell], at: cell, truth: truth)
        }
    }

    public func figure(_ cell: Cell) -> Figure {
        Figure(value: entries[cell].value, state: entries[cell].state)
    }

    /// Sums through which a hidden count of 1 or 2 can be worked out: what `solve` leaves must be none.
    public var derivable: [(items: [Figure], total: Figure)] {
        let cells = Set(disclosedCells())
        return sums.filter { sum in
            cells.contains(sum.total) || sum.items.contains(where: cells.contains)
        }.map { ($0.items.map(figure), figure($0.total)) }
    }
}

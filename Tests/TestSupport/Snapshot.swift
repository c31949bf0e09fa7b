import Foundation
import Testing

/// Where test files live, found from the calling test's own path.
public enum TestPaths {
    /// The test target's folder (the one directly under `Tests/`) of the file at `filePath`.
    public static func targetFolder(of filePath: String) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.deletingLastPathComponent().lastPathComponent != "Tests", url.path != "/" {
            url = url.deletingLastPathComponent()
        }
        return url
    }

    /// The package root, above `Tests/`.
    public static func packageRoot(from filePath: String = #filePath) -> URL {
        targetFolder(of: filePath).deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// Golden files: compared byte for byte; re-recorded with `BUS_DOCS_RECORD=1 swift test` and reviewed in
/// the diff. They live in `Snapshots/` of the calling test target. Recording fails the test, so a run
/// that records can never pass by accident; a mismatch shows the lines that differ.
public enum Snapshot {
    public static func expect(
        _ actual: String, matches name: String, filePath: String = #filePath,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let folder = TestPaths.targetFolder(of: filePath).appendingPathComponent("Snapshots")
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["BUS_DOCS_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded Snapshots/\(name): review it, then run again without BUS_DOCS_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); record it with BUS_DOCS_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("output differs from Snapshots/\(name) (- golden, + actual):\n\(LineDiff.text(from: expected, to: actual))",
                         sourceLocation: sourceLocation)
        }
    }
}

/// The lines two texts differ in, as `-`/`+` lines with two lines of context, from their longest common
/// subsequence of lines.
public enum LineDiff {
    public static func text(from old: String, to new: String, context: Int = 2) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var lines: [(mark: Character, text: Substring, line: Int)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append((" ", a[i], i + 1)); i += 1; j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                lines.append(("-", a[i], i + 1)); i += 1
            } else {
                lines.append(("+", b[j], j + 1)); j += 1
            }
        }
        let changed = lines.indices.filter { lines[$0].mark != " " }
        let shown = Set(changed.flatMap { max(0, $0 - context)...min(lines.count - 1, $0 + context) })
        var out: [String] = []
        var previous = -1
        for index in shown.sorted() {
            if previous >= 0, index != previous + 1 { out.append("…") }
            let line = lines[index]
            out.append("\(line.mark)\(line.line): \(line.text)")
            previous = index
        }
        return out.joined(separator: "\n")
    }
}

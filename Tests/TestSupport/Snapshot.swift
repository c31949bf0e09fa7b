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
/// the diff. They live in `Snapshots/` of the calling test target.
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
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); record it with BUS_DOCS_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "output differs from Snapshots/\(name)", sourceLocation: sourceLocation)
    }
}

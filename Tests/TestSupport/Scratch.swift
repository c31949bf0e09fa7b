import Foundation

/// Files a test writes live in a fresh folder under one folder of the test process, which is removed
/// when the process exits: a run leaves nothing behind in the system's temporary folder.
public enum Scratch {
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("bus-docs-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A path named `name` (which may have folders in it) in a folder of its own, which exists; the path
    /// itself does not.
    public static func url(_ name: String) -> URL {
        let folder = root.appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }
}

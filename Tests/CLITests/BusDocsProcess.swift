import BUSDocsKit
import Foundation
import TestSupport
import Synchronization

/// Runs the built `bus-docs` executable, as a user or CI would.
struct BusDocsProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable built beside this test bundle.
    static let executable: URL = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleFolder, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        return candidates.map { $0.appendingPathComponent("bus-docs") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? bundleFolder.appendingPathComponent("bus-docs")
    }()

    /// The package root, so `Agreements/` and fixtures resolve.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs bus-docs; a run longer than `timeout` seconds is killed and reported as a hang.
    /// `launcher` runs bus-docs through another program (`setpriv …` to drop root's privileges).
    /// Runs bus-docs in `folder` on a pseudo-terminal (util-linux `script`) with `input` typed; the transcript,
    /// or nil where `script` is missing.
    static func onTerminal(_ arguments: String, input: String, lang: String = "C", in folder: URL = packageRoot) throws -> (status: Int32, transcript: String)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(executable.path) \(arguments)", "/dev/null"]
        process.environment = ["LANG": lang, "TERM": "dumb"]
        process.currentDirectoryURL = folder
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        PipeIO.write(Data(input.utf8), to: stdin.fileHandleForWriting)
        // A run still asking when the answers are used up waits for more: killed after a minute and
        // reported as a hang, so a suite never waits forever.
        let watchdog = Watchdog()
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
            if process.isRunning { watchdog.fired = true; process.terminate() }
        }
        let transcript = String(decoding: PipeIO.readToEnd(stdout.fileHandleForReading)[0], as: UTF8.self)
        process.waitUntilExit()
        if watchdog.fired { return (-1, transcript + "\nhang: killed after 60 s") }
        return (process.terminationStatus, transcript)
    }

    static func run(_ arguments: [String], environment: [String: String] = ["LANG": "C"], in folder: URL = packageRoot, timeout: TimeInterval = 60,
                    launcher: [String] = []) throws -> Result {
        let process = Process()
        process.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? executable
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [executable.path] + arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let watchdog = Watchdog()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            if process.isRunning { watchdog.fired = true; process.terminate() }
        }
        let read = PipeIO.readToEnd(out.fileHandleForReading, err.fileHandleForReading)
        let stdout = read[0], stderr = read[1]
        process.waitUntilExit()
        if watchdog.fired {
            return Result(status: -1, stdout: String(decoding: stdout, as: UTF8.self), stderr: "hang: killed after \(Int(timeout)) s")
        }
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Whether a run was killed for taking too long.
    final class Watchdog: Sendable {
        private let flag = Mutex(false)
        var fired: Bool {
            get { flag.withLock { $0 } }
            set { flag.withLock { $0 = newValue } }
        }
    }

    /// How to run bus-docs so that file permissions apply: as is for a normal user; as `nobody` through
    /// setpriv for root, whom permissions do not stop. Nil when root has no setpriv.
    static let withoutPrivileges: [String]? = {
        guard getuid() == 0 else { return [] }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
            ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : nil
    }()

    /// A fresh temporary folder for files a test writes.
    static func temporaryFolder() throws -> URL {
        let url = Scratch.url("bus-docs-tests")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import Foundation

/// A file as it was at a git revision, through `git show REV:./FILE` run in the file's folder.
enum GitRevision {
    static func contents(of file: String, at revision: String) throws -> [UInt8] {
        guard !revision.hasPrefix("-") else { throw UsageFailure(message: "--rev \(revision): not a revision") }
        let url = URL(fileURLWithPath: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "show", "\(revision):./\(url.lastPathComponent)"]
        process.currentDirectoryURL = url.deletingLastPathComponent()
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw UsageFailure(message: "--rev needs git: \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = problem.split(separator: "\n").first.map(String.init) ?? "git show failed"
            throw UsageFailure(message: "\(file)@\(revision): \(reason)")
        }
        return [UInt8](data)
    }
}

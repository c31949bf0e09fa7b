import BUSDocsKit
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A child process's pipes read to their end, whatever signals arrive meanwhile and however much the child
/// writes to the other pipe first.
@Suite(.serialized) struct PipeIOTests {
    static func shell(_ script: String) throws -> (process: Process, out: Pipe, err: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    /// 200 000 bytes on standard error before one line on standard output: read one after the other, the
    /// child would wait forever for the full error pipe to be read.
    @Test func bothPipesAreReadSideBySide() throws {
        let child = try Self.shell("head -c 200000 /dev/zero >&2; echo done")
        let read = PipeIO.readToEnd(child.out.fileHandleForReading, child.err.fileHandleForReading)
        child.process.waitUntilExit()
        #expect(String(decoding: read[0], as: UTF8.self) == "done\n")
        #expect(read[1].count == 200_000)
    }

    /// A signal whose handler does not restart system calls interrupts the read again and again (EINTR),
    /// where Foundation's `readDataToEndOfFile` traps: everything still arrives, whole.
    @Test func interruptedReadsAreRetried() throws {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        action.sa_flags = 0  // no SA_RESTART: a blocked read or poll returns EINTR
        sigemptyset(&action.sa_mask)
        // The handler stays: a signal still on its way when the test ends must not end the tests' process.
        try #require(sigaction(SIGUSR1, &action, nil) == 0)

        let child = try Self.shell("for i in 1 2 3 4 5; do sleep 0.1; echo line $i; done")
        let readerThread = Atomic<UInt>(0)
        let read = Mutex(Data())
        let finished = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        // Its own thread, with the signal let through: the tests' worker threads block it.
        let reader = Thread {
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGUSR1)
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
            readerThread.store(UInt(pthread_self()), ordering: .releasing)
            let data = PipeIO.readToEnd(child.out.fileHandleForReading)[0]
            pthread_sigmask(SIG_BLOCK, &signals, nil)
            read.withLock { $0 = data }
            finished.signal()
            // Alive until no more signals are sent to it.
            released.wait()
        }
        reader.start()
        while readerThread.load(ordering: .acquiring) == 0 { usleep(1_000) }
        var sent = 0
        while finished.wait(timeout: .now() + .milliseconds(5)) == .timedOut {
            pthread_kill(pthread_t(readerThread.load(ordering: .acquiring)), SIGUSR1)
            sent += 1
        }
        released.signal()
        child.process.waitUntilExit()
        #expect(String(decoding: read.withLock { $0 }, as: UTF8.self) == (1...5).map { "line \($0)\n" }.joined())
        #expect(sent > 10, "the read was interrupted while it waited")
    }

    @Test func writesArriveWhole() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wc")
        process.arguments = ["-c"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        #expect(PipeIO.write(Data(repeating: 65, count: 300_000), to: stdin.fileHandleForWriting))
        try stdin.fileHandleForWriting.close()
        let read = PipeIO.readToEnd(stdout.fileHandleForReading)
        process.waitUntilExit()
        #expect(String(decoding: read[0], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "300000")
    }
}

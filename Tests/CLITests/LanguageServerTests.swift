import BUSDocsKit
import Foundation
import Testing

/// `bus-docs lsp` over its real standard input and output: the lifecycle, JSON-RPC errors for what is not
/// a request, and random frames that must never crash it. (Real editors drive it in scripts/lsp-test.sh.)
@Suite struct LanguageServerTests {
    /// The frames bus-docs wrote and how it exited, for frames written to it all at once.
    struct Session {
        var status: Int32
        var messages: [[String: Any]]
        var stderr: String

        func response(_ id: Int) -> [String: Any]? {
            messages.first { ($0["id"] as? Int) == id && $0["method"] == nil }
        }

        func errorCode(_ id: Int) -> Int? {
            (response(id)?["error"] as? [String: Any])?["code"] as? Int
        }

        var published: [[String: Any]] {
            messages.filter { $0["method"] as? String == "textDocument/publishDiagnostics" }
                .compactMap { ($0["params"] as? [String: Any]) }
        }
    }

    static func frame(_ json: String) -> Data {
        let body = Data(json.utf8)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    static func request(_ id: Int, _ method: String, _ params: String = "{}") -> Data {
        frame(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#)
    }

    static func notification(_ method: String, _ params: String = "{}") -> Data {
        frame(#"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"#)
    }

    static let initialize = request(1, "initialize", #"{"capabilities":{}}"#) + notification("initialized")
    static let goodbye = request(999, "shutdown", "null") + notification("exit")

    static func run(_ input: Data, arguments: [String] = [], environment: [String: String] = ["LANG": "C"]) throws -> Session {
        let folder = try BusDocsProcess.temporaryFolder()
        let inputFile = folder.appendingPathComponent("input")
        try input.write(to: inputFile)
        let process = Process()
        process.executableURL = BusDocsProcess.executable
        process.arguments = ["lsp", "--today", "2026-11-24"] + arguments
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let watchdog = BusDocsProcess.Watchdog()
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
            if process.isRunning { watchdog.fired = true; process.terminate() }
        }
        let read = PipeIO.readToEnd(out.fileHandleForReading, err.fileHandleForReading)
        let stdout = read[0], stderr = read[1]
        process.waitUntilExit()
        #expect(!watchdog.fired, "bus-docs lsp hung")
        return Session(status: process.terminationStatus, messages: try frames(stdout), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The messages of the server's output; every frame must have a correct Content-Length and hold a JSON object.
    static func frames(_ data: Data) throws -> [[String: Any]] {
        var messages: [[String: Any]] = []
        var rest = data[...]
        while !rest.isEmpty {
            guard let end = rest.firstRange(of: Data("\r\n\r\n".utf8)) else {
                Issue.record("output ends in the middle of a header: \(String(decoding: rest, as: UTF8.self))")
                break
            }
            let header = String(decoding: rest[rest.startIndex..<end.lowerBound], as: UTF8.self)
            let length = Int(header.replacingOccurrences(of: "Content-Length: ", with: "")) ?? -1
            try #require(length >= 0 && end.upperBound + length <= rest.endIndex, "bad frame header: \(header)")
            let body = rest[end.upperBound..<(end.upperBound + length)]
            let object = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
            #expect(object["jsonrpc"] as? String == "2.0")
            messages.append(object)
            rest = rest[(end.upperBound + length)...]
        }
        return messages
    }

    static func textDocument(_ path: String) throws -> String {
        let text = try String(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let escaped = String(decoding: try JSONSerialization.data(withJSONObject: [text], options: []), as: UTF8.self).dropFirst().dropLast()
        return #"{"textDocument":{"uri":"file:///tmp/agreement.md","languageId":"markdown","version":1,"text":\#(escaped)}}"#
    }

    @Test func lifecycleAndFindingsOfAnOpenDocument() throws {
        let session = try Self.run(Self.initialize + Self.notification("textDocument/didOpen", try Self.textDocument("Tests/LSP/broken.md"))
                                   + Self.notification("textDocument/didClose", #"{"textDocument":{"uri":"file:///tmp/agreement.md"}}"#) + Self.goodbye)
        #expect(session.status == 0, "\(session.stderr)")
        let capabilities = try #require((session.response(1)?["result"] as? [String: Any])?["capabilities"] as? [String: Any])
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
        #expect(capabilities["hoverProvider"] as? Bool == true)
        let published = session.published
        try #require(published.count == 2)
        let codes = (published[0]["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes == ["BUS019", "BUS014", "BUS008"], "the misspelt `samtyke:` stands for the missing consent")
        #expect(published[0]["version"] as? Int == 1)
        // Closing clears the document's findings.
        #expect((published[1]["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(session.response(999)?["result"] is NSNull)
    }

    /// A change of part of the text (line 88 `samtyke` → `samtycke`, then line 55's `hab-nack` after an
    /// emoji, in UTF-16 units) and a save with its text: each publishes the findings of the new text.
    @Test func changesAndSavesPublishTheFindingsOfTheNewText() throws {
        let uri = #"{"uri":"file:///tmp/agreement.md","version":2}"#
        let key = #"{"textDocument":\#(uri),"contentChanges":[{"range":{"start":{"line":87,"character":0},"end":{"line":87,"character":7}},"text":"samtycke"}]}"#
        // "      - { roll: Enhetschef för 👩‍⚕️ vård, part: hab-nack": the emoji is 5 UTF-16 units, so `hab-nack` ends at 60.
        let party = #"{"textDocument":\#(uri),"contentChanges":[{"range":{"start":{"line":54,"character":52},"end":{"line":54,"character":60}},"text":"hab-nacka"}]}"#
        let broken = try String(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent("Tests/LSP/broken.md"), encoding: .utf8)
        let saved = String(decoding: try JSONSerialization.data(withJSONObject: [broken.replacingOccurrences(of: "huvudman: regon", with: "huvudman: nej")]), as: UTF8.self).dropFirst().dropLast()
        let session = try Self.run(Self.initialize + Self.notification("textDocument/didOpen", try Self.textDocument("Tests/LSP/broken.md"))
                                   + Self.notification("textDocument/didChange", key) + Self.notification("textDocument/didChange", party)
                                   + Self.notification("textDocument/didSave", #"{"textDocument":{"uri":"file:///tmp/agreement.md"},"text":\#(saved)}"#)
                                   + Self.goodbye)
        let codes = session.published.map { ($0["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
        #expect(codes == [["BUS019", "BUS014", "BUS008"], ["BUS019", "BUS014"], ["BUS019"], ["BUS019", "BUS014", "BUS008"]])
        let messages = (session.published.last?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(messages.contains { $0.hasPrefix("unknown value `nej` for `huvudman`") }, "\(messages)")
    }

    @Test func utf8PositionsWhenTheClientOffersThem() throws {
        let session = try Self.run(Self.request(1, "initialize", #"{"capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]}}}"#)
                                   + Self.notification("initialized") + Self.notification("textDocument/didOpen", try Self.textDocument("Tests/LSP/broken.md")) + Self.goodbye)
        let capabilities = (session.response(1)?["result"] as? [String: Any])?["capabilities"] as? [String: Any]
        #expect(capabilities?["positionEncoding"] as? String == "utf-8")
        // `part: hab-nack` stands after "👩‍⚕️" (4 scalars, 13 bytes, 5 UTF-16 units): check's column 49 is byte 59.
        let diagnostics = session.published.first?["diagnostics"] as? [[String: Any]] ?? []
        let reference = diagnostics.first { $0["code"] as? String == "BUS014" }
        let start = (reference?["range"] as? [String: Any])?["start"] as? [String: Any]
        #expect(start?["line"] as? Int == 54)
        #expect(start?["character"] as? Int == 59)
    }

    @Test func exitWithoutShutdownOrEndOfInputIsStatusOne() throws {
        #expect(try Self.run(Self.initialize + Self.notification("exit")).status == 1)
        #expect(try Self.run(Self.initialize).status == 1)
        // A header that promises more than ever comes.
        #expect(try Self.run(Self.initialize + Data("Content-Length: 100\r\n\r\n{".utf8)).status == 1)
    }

    /// An editor killed while the server answers: its output pipe has no reader. The server stops as when
    /// its input ends (status 1), with no trap and no stack trace.
    @Test func aClientThatNoLongerReadsEndsTheServerQuietly() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        let inputFile = folder.appendingPathComponent("input")
        try (Self.initialize + Self.request(2, "shutdown", "null")).write(to: inputFile)
        let process = Process()
        process.executableURL = BusDocsProcess.executable
        process.arguments = ["lsp", "--today", "2026-11-24"]
        process.environment = ["LANG": "C"]
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // The reading end is closed before the server writes its first answer.
        try out.fileHandleForReading.close()
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: stderr, as: UTF8.self) == "")
    }

    @Test func jsonRPCErrorsForWhatIsNotAProperRequest() throws {
        let input = Self.request(2, "textDocument/hover")                                   // before initialize
            + Self.initialize
            + Self.frame("{not json")                                                       // parse error
            + Self.frame(String(repeating: "[", count: 100_000))                            // nested past any limit
            + Data("Content-Length: many\r\n\r\n".utf8)                                     // bad header
            + Self.frame(#"{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}"#)            // id is an object
            + Self.frame(#"{"jsonrpc":"1.0","id":3,"method":"shutdown"}"#)                  // not JSON-RPC 2.0
            + Self.request(4, "workspace/symbol")                                           // unknown method
            + Self.request(5, "textDocument/hover", "{}")                                   // no textDocument
            + Self.request(6, "textDocument/hover", #"{"textDocument":{"uri":"file:///nowhere.md"},"position":{"line":0,"character":0}}"#)
            + Self.request(7, "initialize", #"{"capabilities":{}}"#)                       // twice
            + Self.notification("$/cancelRequest", #"{"id":4}"#)                           // ignored
            + Self.frame("[]")                                                              // empty batch
            + Self.request(998, "shutdown", "null")
            + Self.request(8, "textDocument/hover", "{}")                                   // after shutdown
            + Self.notification("exit")
        let session = try Self.run(input)
        #expect(session.status == 0)
        #expect(session.errorCode(2) == -32002)
        let anonymous = session.messages.filter { $0["id"] is NSNull }.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(anonymous == [-32700, -32700, -32700, -32600, -32600])
        #expect(session.errorCode(3) == -32600)
        #expect(session.errorCode(4) == -32601)
        #expect(session.errorCode(5) == -32602)
        #expect(session.response(6)?["result"] is NSNull)
        #expect(session.errorCode(7) == -32600)
        #expect(session.errorCode(8) == -32600)
    }

    @Test func swedishMessagesWhenTheClientsLocaleIsSwedish() throws {
        let session = try Self.run(Self.request(1, "initialize", #"{"capabilities":{},"locale":"sv-SE"}"#) + Self.notification("initialized")
                                   + Self.notification("textDocument/didOpen", try Self.textDocument("Tests/LSP/broken.md")) + Self.goodbye)
        let messages = (session.published.first?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(messages.contains { $0.hasPrefix("överenskommelsen säger inte hur samtycke inhämtas (`samtycke` saknas): okänd nyckel `samtyke` i YAML-huvudet — menade du `samtycke`?") && $0.hasSuffix("Skriv `samtycke:` i stället för `samtyke:`.") }, "\(messages)")
    }

    /// Random frames — random bytes, and valid messages with bytes changed — never crash or hang the server,
    /// and a shutdown after them is still answered.
    @Test func randomFramesNeverCrashIt() throws {
        var random = SplitMix64(seed: 14)
        let open = try Self.textDocument("Tests/LSP/broken.md")
        let seeds = [
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":\#(open)}"#,
            #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///tmp/agreement.md","version":2},"contentChanges":[{"range":{"start":{"line":27,"character":14},"end":{"line":27,"character":19}},"text":"region"}]}}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/agreement.md"},"position":{"line":27,"character":6}}}"#,
            #"{"jsonrpc":"2.0","id":6,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///tmp/agreement.md"},"position":{"line":54,"character":40}}}"#,
            #"{"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///tmp/agreement.md"},"range":{"start":{"line":0,"character":0},"end":{"line":300,"character":0}},"context":{"diagnostics":[]}}}"#,
            #"{"jsonrpc":"2.0","id":8,"method":"textDocument/definition","params":{"textDocument":{"uri":"file:///tmp/agreement.md"},"position":{"line":54,"character":60}}}"#,
        ].map { Array($0.utf8) }
        let alphabet = Array("{}[],:\"0-9eé🧒\\".utf8)
        var input = Self.initialize
        for _ in 0..<400 {
            var bytes: [UInt8]
            if random.next() % 4 == 0 {
                bytes = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            } else {
                bytes = seeds[Int(random.next() % UInt64(seeds.count))]
                for _ in 0..<Int(1 + random.next() % 4) where !bytes.isEmpty {
                    let index = Int(random.next() % UInt64(bytes.count))
                    switch random.next() % 3 {
                    case 0: bytes[index] = UInt8(truncatingIfNeeded: random.next())
                    case 1: bytes.remove(at: index)
                    default: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: index)
                    }
                }
            }
            input += Data("Content-Length: \(bytes.count)\r\n\r\n".utf8) + Data(bytes)
        }
        let session = try Self.run(input + Self.goodbye)
        #expect(session.status == 0 || session.status == 1, "crashed: \(session.status) \(session.stderr)")
        #expect(session.stderr.isEmpty, "\(session.stderr)")
        #expect(session.response(999) != nil, "the shutdown after the random frames was not answered")
    }
}

/// A small seeded generator, so a failing run can be repeated.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

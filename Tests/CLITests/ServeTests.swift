import BUSDocsKit
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `bus-docs serve` over real HTTP on loopback: pages with findings and the reload script, 404s, and a
/// change to a file reaching an open event stream and the next fetch.
@Suite(.serialized) struct ServeTests {
    /// A running `bus-docs serve` on a copy of `Agreements/`, and its port.
    final class Preview {
        let process = Process()
        let folder: URL
        var port: UInt16 = 0
        /// What it printed before the address was read.
        var printed = ""
        /// Where its standard error goes.
        let errors: URL

        /// `source`: the folder copied as the agreements served (default `Agreements/`).
        init(arguments: [String] = [], lang: String = "C", source: String = "Agreements") throws {
            folder = try BusDocsProcess.temporaryFolder()
            errors = folder.appendingPathComponent("stderr.txt")
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            try FileManager.default.copyItem(at: BusDocsProcess.packageRoot.appendingPathComponent(source), to: folder.appendingPathComponent("Agreements"))
            process.executableURL = BusDocsProcess.executable
            process.arguments = ["serve", folder.appendingPathComponent("Agreements").path, "--port", "0", "--today", "2026-11-24"] + arguments
            process.environment = ["LANG": lang]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            // The address is on the first lines; give up after ten seconds.
            let deadline = Date().addingTimeInterval(10)
            var text = ""
            while Date() < deadline, !text.contains("http://127.0.0.1:") || !text.hasSuffix("\n") {
                let data = PipeIO.readSome(output.fileHandleForReading)
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            guard let range = text.range(of: "http://127.0.0.1:"),
                  let port = UInt16(text[range.upperBound...].prefix { $0.isNumber }) else {
                process.terminate()
                throw PreviewError(message: "no address in: \(text)")
            }
            self.port = port
            printed = text
        }

        /// What it has written to standard error so far.
        var stderr: String {
            (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }

        func agreement(_ name: String) -> URL {
            folder.appendingPathComponent("Agreements").appendingPathComponent(name)
        }
    }

    struct PreviewError: Error { var message: String }

    @Test func pagesCarryTheFindingsAndTheReloadScript() throws {
        let preview = try Preview()
        let index = try HTTP.get("/", port: preview.port)
        #expect(index.status == 200)
        #expect(index.body.contains("<section class=\"bus-docs-diagnostik\" aria-label=\"Kontroll\"><h2>Kontroll: inga fel</h2></section>"))
        #expect(index.body.contains("new EventSource('/_bus-docs/events')"))
        #expect(index.body.contains("Lokal överenskommelse om samverkan kring barn och unga i behov av särskilt stöd (BUS) i Nacka"))
        #expect(try HTTP.get("/nacka-2023/", port: preview.port).status == 200)
        // The pages link the site's one stylesheet, served beside the index as `build` writes it.
        #expect(index.body.contains("<link rel=\"stylesheet\" href=\"style.css\">"))
        let stylesheet = try HTTP.get("/style.css", port: preview.port)
        #expect(stylesheet.status == 200)
        #expect(stylesheet.body.contains("@page") && !stylesheet.body.contains("EventSource"))
        let missing = try HTTP.get("/finns-inte.html", port: preview.port)
        #expect(missing.status == 404)
        #expect(missing.body.contains("<h1>Sidan finns inte</h1>"))
        #expect(missing.body.contains("new EventSource('/_bus-docs/events')"), "a 404 reloads when the site is rebuilt")
        #expect(try HTTP.get("/../../etc/passwd", port: preview.port).status == 404)
    }

    /// A missing page names the path as it was written; a folder asked for without its `/` is sent to
    /// it with one, so its page's relative links lead to its own documents.
    @Test func aMissingPageNamesItsPathAndAFolderGetsItsSlash() throws {
        let preview = try Preview()
        let missing = try HTTP.get("/n%C3%A5got%20annat", port: preview.port)
        #expect(missing.status == 404)
        #expect(missing.body.contains("<h1>Sidan finns inte</h1><p>/något annat finns inte i förhandsvisningen."), "\(missing.body)")
        let folder = try HTTP.get("/nacka-2023", port: preview.port)
        #expect(folder.status == 301)
        #expect(folder.headers.lowercased().contains("location: /nacka-2023/"), "\(folder.headers)")
        let page = try HTTP.get("/nacka-2023/", port: preview.port)
        #expect(page.status == 200 && page.body.contains("href=\"avvikelseblankett.html\""))
        #expect(try HTTP.get("/nacka-2023/avvikelseblankett.html", port: preview.port).status == 200)
    }

    @Test func theFirstLineIsTheAddressInTheLocalesLanguage() throws {
        let english = try Preview()
        #expect(english.printed.hasPrefix("Preview at http://127.0.0.1:\(english.port)/\n"), "\(english.printed)")
        let swedish = try Preview(lang: "sv_SE.UTF-8")
        #expect(swedish.printed.hasPrefix("Förhandsvisning på http://127.0.0.1:\(swedish.port)/\n"), "\(swedish.printed)")
    }

    @Test func aChangedFileReloadsTheOpenPages() throws {
        let preview = try Preview()
        let events = try HTTP.Stream(path: "/_bus-docs/events", port: preview.port)
        #expect(events.read(until: ": bus-docs", seconds: 5))
        let file = preview.agreement("nacka-2023.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt").write(to: file, atomically: true, encoding: .utf8)
        #expect(events.read(until: "event: reload\ndata: 2", seconds: 10))
        let page = try HTTP.get("/nacka-2023/index.html", port: preview.port)
        #expect(page.body.contains("Kontroll: 1 fel, 0 varningar"))
        #expect(page.body.contains("<a href=\"/_bus-docs/source/nacka-2023#L88\">nacka-2023.md:88:11</a> [BUS008]"))
        let source = try HTTP.get("/_bus-docs/source/nacka-2023", port: preview.port)
        #expect(source.body.contains("<span id=\"L88\"><a class=\"nr\" href=\"#L88\" aria-label=\"rad 88\">"), "each line has its number")
        #expect(source.body.contains("88</a>samtycke: muntligt</span>"))
        #expect(source.body.contains("<a href=\"/nacka-2023/index.html\">← Tillbaka till överenskommelsen</a>"), "and a way back")
        #expect(page.body.components(separatedBy: "[BUS008]").count == 2, "the finding is shown once")
        #expect(page.body.contains("<code>samtycke: skriftligt</code>"), "markup in a finding is HTML, not backticks")
    }

    /// `serve` with its output in a log inside the folder it watches: writing the log is no change to the
    /// site, so it makes no build of its own (before, each "Build N" line written set off the next build,
    /// without end). A saved agreement is still built, once.
    @Test func aLogInTheWatchedFolderSetsOffNoBuild() throws {
        let folder = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agreements = folder.appendingPathComponent("Agreements")
        try FileManager.default.copyItem(at: BusDocsProcess.packageRoot.appendingPathComponent("Agreements"), to: agreements)
        let log = agreements.appendingPathComponent("serve.log")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" serve \"$1\" --port 0 --today 2026-11-24 > \"$1/serve.log\" 2>&1",
                             BusDocsProcess.executable.path, agreements.path]
        process.environment = ["LANG": "C"]
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        func logged() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !logged().contains("Build 1:") { usleep(50_000) }
        #expect(logged().contains("Build 1:"), "\(logged())")
        usleep(2_000_000)
        #expect(!logged().contains("Build 2:"), "the log's own lines set off builds: \(logged())")
        let file = agreements.appendingPathComponent("nacka-2023.md")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt")
            .write(to: file, atomically: true, encoding: .utf8)
        let saved = Date().addingTimeInterval(10)
        while Date() < saved, !logged().contains("Build 2:") { usleep(50_000) }
        usleep(1_500_000)
        #expect(logged().contains("Build 2: 2 files checked: 1 error"), "\(logged())")
        #expect(!logged().contains("Build 3:"), "\(logged())")
    }

    /// An agreement withheld for a child's name and number: the source view leaves out the lines of the
    /// sentence about the case, as `build` quotes no line of it.
    @Test func theSourceViewLeavesOutTheLinesAboutACase() throws {
        let preview = try Preview()
        let events = try HTTP.Stream(path: "/_bus-docs/events", port: preview.port)
        #expect(events.read(until: ": bus-docs", seconds: 5))
        let file = preview.agreement("nacka-2023.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let line = "Malinamottagningarna tar emot små barn och deras föräldrar.\n"
        #expect(text.contains(line))
        try text.replacingOccurrences(of: line, with: line + "Exempel från 2024: ärendet gällde Elsa\nAndersson, 20150312-2382, där BUP och skolan inte kunde enas.\n")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(events.read(until: "event: reload\ndata: 2", seconds: 10))
        let source = try HTTP.get("/_bus-docs/source/nacka-2023", port: preview.port)
        for shown in ["Elsa", "Andersson", "20150312", "ärendet gällde", "inte kunde enas"] {
            #expect(!source.body.contains(shown), "the source view shows \(shown)")
        }
        #expect(source.body.contains("124</a>Malinamottagningarna tar emot små barn och deras föräldrar.</span>"))
        #expect(source.body.contains("125</a><em>(raden visas inte: personuppgifter)</em></span>"))
        #expect(source.body.contains("126</a><em>(raden visas inte: personuppgifter)</em></span>"))
        #expect(source.body.contains("127</a></span>"))
        let page = try HTTP.get("/nacka-2023/index.html", port: preview.port)
        #expect(page.body.contains("Publiceras inte – personuppgifter"))
        for shown in ["Elsa", "Andersson", "20150312"] { #expect(!page.body.contains(shown), "the page shows \(shown)") }
    }

    @Test func anAgreementThatCannotBeReadKeepsItsPageAndComesBackWhenFixed() throws {
        let preview = try Preview()
        let events = try HTTP.Stream(path: "/_bus-docs/events", port: preview.port)
        #expect(events.read(until: ": bus-docs", seconds: 5))
        let file = preview.agreement("nacka-2023.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\ngiltighet:", with: "\n\tgiltighet:").write(to: file, atomically: true, encoding: .utf8)
        #expect(events.read(until: "event: reload\ndata: 2", seconds: 10))
        let page = try HTTP.get("/nacka-2023/index.html", port: preview.port)
        #expect(page.status == 200)
        #expect(page.body.contains("Kan inte läsas"))
        #expect(page.body.contains("[BUS019]"))
        #expect(page.body.contains("<span class=\"markerad\">"), "the line of the finding is quoted")
        // As on every page: the box at the top lists the finding, linked to its line, once.
        #expect(page.body.contains("<a href=\"/_bus-docs/source/nacka-2023#L"), "\(page.body)")
        #expect(page.body.components(separatedBy: "[BUS019]").count == 2, "the finding is shown once")
        #expect(page.body.contains("new EventSource('/_bus-docs/events')"))
        let index = try HTTP.get("/", port: preview.port)
        #expect(index.body.contains("<a href=\"nacka-2023/index.html\">nacka-2023.md</a>"))
        #expect(index.body.contains("<p>2 överenskommelser."))
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(events.read(until: "event: reload\ndata: 3", seconds: 10))
        #expect(try HTTP.get("/nacka-2023/index.html", port: preview.port).body.contains("<span class=\"status status-giltig\">Giltig</span>"))
    }

    @Test func aFileThatCannotBeReadIsSaidOnEveryPageUntilItIsGone() throws {
        let preview = try Preview()
        let events = try HTTP.Stream(path: "/_bus-docs/events", port: preview.port)
        #expect(events.read(until: ": bus-docs", seconds: 5))
        let link = preview.agreement("borta.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/no/such/agreement.md")
        #expect(events.read(until: "event: reload\ndata: 2", seconds: 10))
        let problem = "\(link.path): finns inte"
        #expect(try HTTP.get("/", port: preview.port).body.contains("<p class=\"fel\" role=\"alert\">\(problem)</p>"))
        let missing = try HTTP.get("/saknas.html", port: preview.port)
        #expect(missing.status == 404)
        #expect(missing.body.contains(problem))
        try FileManager.default.removeItem(at: link)
        #expect(try HTTP.waitFor("/", port: preview.port, seconds: 10) { !$0.contains(problem) })
    }

    @Test func aChangedTemplateRebuildsAndABrokenOneKeepsTheLastGoodSite() throws {
        let templates = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: templates) }
        let layout = templates.appendingPathComponent("layout.mustache")
        let original = try String(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent("Templates/layout.mustache"), encoding: .utf8)
        try original.write(to: layout, atomically: true, encoding: .utf8)
        let preview = try Preview(arguments: ["--templates", templates.path])
        let events = try HTTP.Stream(path: "/_bus-docs/events", port: preview.port)
        #expect(events.read(until: ": bus-docs", seconds: 5))
        try original.replacingOccurrences(of: "Skapad med bus-docs", with: "Gjord med bus-docs").write(to: layout, atomically: true, encoding: .utf8)
        #expect(events.read(until: "event: reload", seconds: 10))
        #expect(try HTTP.waitFor("/", port: preview.port, seconds: 10) { $0.contains("Gjord med bus-docs") })
        try original.replacingOccurrences(of: "Skapad med bus-docs", with: "Gjord med bus-docs").replacingOccurrences(of: "{{title}}", with: "{{titel}}")
            .write(to: layout, atomically: true, encoding: .utf8)
        // The message names the template and what is wrong, once.
        let broken = "<p class=\"fel\" role=\"alert\">\(layout.path):7:8: okänd variabel `titel`"
        #expect(try HTTP.waitFor("/", port: preview.port, seconds: 10) { $0.contains(broken) })
        #expect(try HTTP.get("/", port: preview.port).body.contains("<title>Lokala BUS-överenskommelser</title>"), "the last good site is still served")
        #expect(preview.stderr.contains("bus-docs: \(layout.path):7:8: unknown variable `titel`"), "problems go to stderr, in the locale's language: \(preview.stderr)")
    }

    @Test func anAttachmentIsServedAsItIsWithItsContentTypeAndGoesWithItsFile() throws {
        let preview = try Preview(source: "Tests/CLITests/Attachments")
        let pdf = try HTTP.get("/nacka-bilagor/bilagor/sip-rutin.pdf", port: preview.port)
        let original = try Data(contentsOf: preview.agreement("bilagor/sip-rutin.pdf"))
        #expect(pdf.status == 200)
        #expect(pdf.header("Content-Type") == "application/pdf")
        #expect(pdf.bytes == Array(original), "the PDF byte for byte, not decorated")
        let word = try HTTP.get("/nacka-bilagor/bilagor/Kontaktlista%20BUS.docx", port: preview.port)
        #expect(word.header("Content-Type") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        #expect(word.bytes == Array(try Data(contentsOf: preview.agreement("bilagor/Kontaktlista BUS.docx"))))
        let page = try HTTP.get("/nacka-bilagor/index.html", port: preview.port)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.body.contains("<li><a href=\"bilagor/sip-rutin.pdf\">Rutin för samordnad individuell plan (SIP)</a></li>"))
        #expect(page.body.contains("<li>Anmälan om barn som far illa (orosanmälan) (filen saknas)</li>"))
        #expect(try HTTP.get("/nacka-bilagor/bilagor/orosanmalan.pdf", port: preview.port).status == 404)
        // The file removed: its copy is gone and the page names it without a link, though the agreement is unchanged.
        try FileManager.default.removeItem(at: preview.agreement("bilagor/sip-rutin.pdf"))
        #expect(try HTTP.waitFor("/nacka-bilagor/index.html", port: preview.port, seconds: 10) {
            $0.contains("<li>Rutin för samordnad individuell plan (SIP) (filen saknas)</li>")
        })
        #expect(try HTTP.get("/nacka-bilagor/bilagor/sip-rutin.pdf", port: preview.port).status == 404)
    }

    @Test func itListensOnLoopbackOnly() throws {
        let preview = try Preview()
        let hexPort = String(format: ":%04X ", preview.port)
        let sockets = (try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)).split(separator: "\n")
            + ((try? String(contentsOfFile: "/proc/net/tcp6", encoding: .utf8)) ?? "").split(separator: "\n")
        // A listening socket (state 0A) on the port: its local address must be 127.0.0.1 (0100007F).
        let listening = sockets.filter { $0.contains(hexPort) && $0.split(separator: " ").dropFirst(3).first == "0A" }
        #expect(listening.count == 1)
        #expect(listening.allSatisfy { $0.split(separator: " ")[1].hasPrefix("0100007F:") })
    }

    @Test func aBusyPortIsAClearError() throws {
        let preview = try Preview()
        let second = try BusDocsProcess.run(["serve", "Agreements", "--port", String(preview.port)], timeout: 20)
        #expect(second.status == 2)
        #expect(second.stderr == "bus-docs: port \(preview.port) is already in use by another program; choose another with --port \(preview.port + 1), or --port 0 for a free one\n")
        // One language per run: no system text in English in a Swedish one.
        let swedish = try BusDocsProcess.run(["serve", "Agreements", "--port", String(preview.port)], environment: ["LANG": "sv_SE.UTF-8"], timeout: 20)
        #expect(swedish.status == 2)
        #expect(swedish.stderr == "bus-docs: porten \(preview.port) används redan av ett annat program; välj en annan med --port \(preview.port + 1), eller --port 0 för en ledig port\n")
    }
}

/// A small HTTP/1.1 client on a POSIX socket, so the test speaks to the server the way a browser does.
enum HTTP {
    struct Response {
        var status: Int
        var body: String
        /// The header lines, as sent.
        var headers: String = ""
        /// The body as it came, byte for byte.
        var bytes: [UInt8] = []

        /// A header's value (`Content-Type`), its name in any case.
        func header(_ name: String) -> String? {
            headers.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
        }
    }

    static func connect(port: UInt16) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard result == 0 else { close(descriptor); throw ServeTests.PreviewError(message: "cannot connect to \(port)") }
        return descriptor
    }

    static func send(_ descriptor: Int32, path: String) {
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { Glibc.send(descriptor, $0, strlen($0), 0) }
    }

    static func get(_ path: String, port: UInt16) throws -> Response {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        send(descriptor, path: path)
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        let text = String(decoding: data, as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        let end = (0..<max(0, data.count - 3)).first { data[$0..<$0 + 4].elementsEqual("\r\n\r\n".utf8) } ?? data.count
        return Response(status: status, body: body, headers: String(decoding: data[..<end], as: UTF8.self), bytes: Array(data.dropFirst(end + 4)))
    }

    /// Fetches a page until it satisfies a condition or the time is up.
    static func waitFor(_ path: String, port: UInt16, seconds: Double, _ condition: (String) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(try get(path, port: port).body) { return true }
            usleep(100_000)
        }
        return false
    }

    /// A response read as it arrives (server-sent events).
    final class Stream {
        let descriptor: Int32
        var received = ""

        init(path: String, port: UInt16) throws {
            descriptor = try HTTP.connect(port: port)
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            HTTP.send(descriptor, path: path)
        }

        deinit { close(descriptor) }

        /// Whether `text` arrives within the time; chunk framing is left in, events are read through it.
        func read(until text: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                if received.contains(text) { return true }
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count > 0 { received += String(decoding: buffer[0..<count], as: UTF8.self) }
            }
            return received.contains(text)
        }
    }
}

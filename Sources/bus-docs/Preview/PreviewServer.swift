import BUSDocsKit
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization
import Templates

/// serve: the preview site over HTTP on 127.0.0.1, rebuilt when a file under the inputs or the templates
/// changes, with every open page told to reload.
final class PreviewServer: Sendable {
    let inputs: [String]
    let templatesFolder: String?
    let ruleSet: RuleSet?
    let today: LocalDate
    let events = ReloadEvents()

    /// The last good site, and why the last rebuild failed (a template error) when it did: the last good
    /// site is served meanwhile.
    private let state = Mutex<(site: PreviewSite?, problem: String?)>((nil, nil))
    private let rebuilds = DispatchQueue(label: "bus-docs.rebuild")
    /// The templates the site was last built with, and the bytes of the templates folder they were read
    /// from: while those stay the same, a rebuild reuses them and renders only the agreements that changed.
    private let templates = Mutex<(set: TemplateSet, folder: [String: [UInt8]])?>(nil)

    init(inputs: [String], templatesFolder: String?, ruleSet: RuleSet?, today: LocalDate) {
        self.inputs = inputs
        self.templatesFolder = templatesFolder
        self.ruleSet = ruleSet
        self.today = today
    }

    /// Builds the site anew; the first build's errors are thrown, later ones are shown on the pages.
    func rebuild(first: Bool = false) throws {
        let generation = state.withLock { ($0.site?.generation ?? 0) + 1 }
        do {
            let folder = Self.files(in: templatesFolder)
            let (previous, loaded) = (state.withLock { $0.site }, self.templates.withLock { $0 })
            let built: PreviewSite
            if let previous, let loaded, loaded.folder == folder {
                if let again = try previous.rebuilt(inputs: inputs, templates: loaded.set, validator: validator(loaded.set), today: today, generation: generation) {
                    built = again
                } else if state.withLock({ $0.problem }) != nil {
                    // Nothing changed since the last good site, and what stood in the way is gone.
                    var same = previous
                    same.generation = generation
                    built = same
                } else {
                    return // nothing it reads changed: no new build, no reload, nothing printed
                }
            } else {
                let set = try TemplateSet.load(overrides: templatesFolder)
                built = try PreviewSite.build(inputs: inputs, templates: set, validator: validator(set), today: today, generation: generation)
                self.templates.withLock { $0 = (set, folder) }
            }
            state.withLock { $0 = (built, nil) }
            // The first build is told after the address, which is the first line printed.
            if !first { print(Self.summaryLine(built)) }
        } catch let error as TemplateError {
            if first { throw CLIError.template(error) }
            // The pages are Swedish, like the documents; the terminal speaks the locale's language.
            // The message names the template file and says what is wrong with it ("fel i mallen: …").
            state.withLock { $0.problem = "\(error.swedish). Sidan visar den senaste fungerande versionen." }
            RunLanguage.note(sv: "bus-docs: \(error.swedish) (sidan visar den senaste fungerande versionen)",
                             en: "bus-docs: \(error.description) (the pages show the last good version)")
        } catch {
            // A folder gone, a file unreadable…: said on the pages and in the terminal, never swallowed.
            let failure = CLIError.from(error) ?? CLIError.other("\(error)")
            if first { throw failure }
            state.withLock { $0.problem = failure.text.sv }
            RunLanguage.note(sv: "bus-docs: \(failure.text.sv)", en: "bus-docs: \(failure.text.en)")
        }
        fflush(nil) // every output stream: C's `stdout` is a global Swift 6 will not touch
        events.reload(generation: generation)
    }

    private func validator(_ templates: TemplateSet) -> Validator {
        Validator(ruleSet: ruleSet, today: today, userTemplates: templates.customNames)
    }

    /// Every file directly in the templates folder (where `TemplateSet` reads them) with its bytes.
    private static func files(in folder: String?) -> [String: [UInt8]] {
        guard let folder, let names = try? FileSystem.system.list(folder) else { return [:] }
        var files: [String: [UInt8]] = [:]
        for name in names {
            if case .bytes(let bytes)? = try? FileSystem.system.read(folder + "/" + name, SourceDecoder.maximumFileSize) { files[name] = bytes }
        }
        return files
    }

    /// What the first build found, printed after the address.
    var firstSummary: String? {
        state.withLock { $0.site }.map(Self.summaryLine)
    }

    /// "Bygge 3: 2 filer kontrollerade: …": which build of this session, and what it found.
    private static func summaryLine(_ site: PreviewSite) -> String {
        RunLanguage.pick(sv: "Bygge \(site.generation): ", en: "Build \(site.generation): ") + site.summary(in: RunLanguage.current)
    }

    /// Watches the inputs and the templates; rebuilds one at a time.
    func watch() {
        FileWatcher(paths: inputs + (templatesFolder.map { [$0] } ?? [])) { [self] in
            rebuilds.async { try? self.rebuild() }
        }.start()
    }

    func respond(to path: String) -> Response {
        if path == "/" + PreviewSite.eventsPath {
            let stream = events.subscribe()
            return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                            body: ResponseBody { writer in
                                for await event in stream { try await writer.write(ByteBuffer(string: event)) }
                                try await writer.finish(nil)
                            })
        }
        let (site, problem) = state.withLock { ($0.site, $0.problem) }
        guard let page = site?.page(at: path) else {
            // With the reload script, so a page that is gone while its file is broken comes back by itself;
            // the path as it was written, not as the browser encoded it.
            let text = PageDecoration.notFound(path: path.removingPercentEncoding ?? path, problem: problem)
            return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
        // A folder asked for without its `/` is sent to it with one: its page's links are relative to it.
        if page.path.hasSuffix("/index.html"), !path.hasSuffix("/"), !path.hasSuffix("index.html") {
            return Response(status: .movedPermanently, headers: [.location: path + "/", .cacheControl: "no-store"])
        }
        // Text is a page or the stylesheet bus-docs made; bytes are an attachment's file, sent as it is.
        let (body, type): (ByteBuffer, String)
        switch page.contents {
        case .text(let text) where page.path.hasSuffix(".css"):
            (body, type) = (ByteBuffer(string: text), MediaType.of(path: page.path))
        case .text(let text):
            (body, type) = (ByteBuffer(string: problem.map { PageDecoration.withProblem(text, $0) } ?? text), MediaType.html)
        case .bytes(let bytes):
            (body, type) = (ByteBuffer(bytes: bytes), MediaType.of(path: page.path))
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: ResponseBody(byteBuffer: body))
    }

    /// Serves until the process ends; the first line on standard output gives the address.
    func run(port: UInt16) async throws {
        let router = Router()
        router.get("/") { [self] request, _ in self.respond(to: request.uri.path) }
        router.get("**") { [self] request, _ in self.respond(to: request.uri.path) }
        var logger = Logger(label: "bus-docs")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: Int(port))),
            onServerRunning: { channel in
                let address = "http://127.0.0.1:\(channel.localAddress?.port ?? Int(port))/"
                print(RunLanguage.pick(sv: "Förhandsvisning på \(address)", en: "Preview at \(address)"))
                if let summary = self.firstSummary { print(summary) }
                fflush(nil) // every output stream: C's `stdout` is a global Swift 6 will not touch
            },
            logger: logger)
        do {
            // bus-docs handles Ctrl-C itself: an open event stream would hold up a graceful shutdown.
            try await app.runService(gracefulShutdownSignals: [])
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw CLIError.portInUse(port: port)
        } catch {
            throw CLIError.cannotServe(port: port, reason: Self.reason(error))
        }
    }

    /// The system's words for a socket error ("Address already in use"), else the error as it is.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? IOError else { return "\(error)" }
        return String(cString: strerror(error.errnoCode))
    }
}

extension PageDecoration {
    /// A page with the reason the last rebuild failed at its top.
    static func withProblem(_ page: String, _ problem: String) -> String {
        guard let main = page.range(of: "<section class=\"bus-docs-diagnostik\"") else { return page }
        var text = page
        text.insert(contentsOf: "<p class=\"fel\" role=\"alert\">\(escape(problem))</p>\n", at: main.lowerBound)
        return text
    }
}

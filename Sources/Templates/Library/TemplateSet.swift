import BUSDocsKit
import Foundation
import Mustache
import Synchronization

/// The templates documents are rendered with: the built-in defaults, each replaceable by a file of the
/// same name in a user's folder (`--templates DIR`).
public struct TemplateSet: Sendable {
    /// Template file names, as in `Templates/` (listed once, in `DefaultTemplates`).
    public static var templateFiles: [String] { DefaultTemplates.templateFiles }
    public static let stylesheetFile = "style.css"

    /// Templates a user's folder adds beside the built-in ones (`protokoll-bup.mustache` → `protokoll-bup`):
    /// a group's `protokoll` or the routine's `blankett` may name one, and its document is rendered with it.
    public private(set) var customNames: [String] = []
    /// Files of a user's folder that replace nothing and look like a built-in template's name misspelt
    /// (`protokol.mustache` for `protocol-individforum.mustache`): the file and the one meant.
    public private(set) var nearMisses: [(file: String, meant: String)] = []

    /// Every template, read once, by name (partials and layouts are found here too).
    var templates: [String: CompiledTemplate]
    /// Per template name, the file it came from and its tags (read once), for error messages and checks.
    var sources: [String: Source]

    /// A template's file, its tags, and the partials and layouts it includes, each once in order.
    struct Source: Sendable {
        var file: String
        var tags: [TemplateVariables.Tag]
        /// Where each section of `tags` closes.
        var ends: [Int]
        var partials: [String]

        init(file: String, text: String) {
            self.file = file
            tags = TemplateVariables.tags(in: text)
            ends = TemplateVariables.sectionEnds(of: tags)
            partials = tags.filter { $0.sigil == "<" || $0.sigil == ">" }.map(\.name)
                .reduce(into: []) { names, name in if !names.contains(name) { names.append(name) } }
        }
    }
    public var stylesheet: String
    /// Whether a template (not only the stylesheet) comes from a user's folder: pages are then checked
    /// with libxml2 (`checkMarkup`).
    public private(set) var hasUserTemplates = false
    /// Which tags of a template have been checked against a type of view: a tag checked once holds for
    /// every view of that type, so a template whose every tag is is not checked again for each page
    /// (see `TemplateVariables.check`).
    private let checked = CheckedPairs()

    /// The defaults, with every file in `overrides` that has a default's name taking its place.
    public static func load(overrides folder: String? = nil) throws -> TemplateSet {
        var templates: [String: CompiledTemplate] = [:]
        var sources: [String: Source] = [:]
        var userTemplates = false
        for file in templateFiles {
            let (path, text, isUsers) = try source(of: file, overrides: folder)
            let name = String(file.dropLast(".mustache".count))
            templates[name] = try read(text, file: path, isUsers: isUsers)
            sources[name] = Source(file: path, text: text)
            userTemplates = userTemplates || isUsers
        }
        let stylesheet = try source(of: stylesheetFile, overrides: folder).text
        var set = TemplateSet(templates: templates, sources: sources, stylesheet: stylesheet)
        set.hasUserTemplates = userTemplates
        if let folder {
            let extra = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".mustache") && !templateFiles.contains($0) }.sorted()
            for file in extra {
                let path = (folder as NSString).appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw TemplateError.unreadable(file: path)
                }
                let name = String(file.dropLast(".mustache".count))
                set.templates[name] = try read(text, file: path, isUsers: true)
                set.sources[name] = Source(file: path, text: text)
                set.hasUserTemplates = true
                if !name.hasSuffix(".md") { set.customNames.append(name) }
                if let meant = nearestBuiltIn(to: file) { set.nearMisses.append((path, meant)) }
            }
        }
        return set
    }

    /// A template's text read for rendering. A user's template has its syntax checked by swift-mustache,
    /// whose errors (and their places) are the ones reported; `CompiledTemplate` reads it the same way. A
    /// built-in one is not parsed twice on every run: that it parses is a test's work
    /// (`CompiledTemplateTests.everyBuiltInTemplateReads`).
    static func read(_ text: String, file: String, isUsers: Bool) throws -> CompiledTemplate {
        if isUsers {
            do {
                _ = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError.parsing(error, file: file, text: text)
            }
        }
        do {
            return try CompiledTemplate.read(text)
        } catch {
            throw TemplateError.syntax(file: file, line: 1, column: 1, problem: "the template cannot be read")
        }
    }

    /// The built-in file whose name, or first word, is a typo away from the file's one-word name
    /// (`protokol`, `avvikelsblankett.md`, `Agenda`); nil for a name of its own (`protokoll-bup`).
    static func nearestBuiltIn(to file: String) -> String? {
        let name = String(file.dropLast(".mustache".count))
        func firstWord(_ text: String) -> String { String(text.split(whereSeparator: { $0 == "-" || $0 == "." }).first ?? Substring(text)) }
        let builtIn = templateFiles.map { String($0.dropLast(".mustache".count)) }
        let sameKind = builtIn.filter { $0.hasSuffix(".md") == name.hasSuffix(".md") }
        if let whole = Suggestion.nearest(to: name, in: sameKind) { return whole + ".mustache" }
        // A one-word name a built-in's first word misspelt; `protokoll-bup` is a name of its own.
        let word = firstWord(name)
        guard !name.contains("-"), word.count >= 4, let meant = sameKind.first(where: { Suggestion.nearest(to: word, in: [firstWord($0)]) != nil }) else { return nil }
        return meant + ".mustache"
    }

    /// The template a document is rendered with: the user's `custom` one when the folder has it (in the
    /// format asked for), else the built-in `standard`.
    func name(_ custom: String?, else standard: String, format: DocumentRenderer.Format) -> String {
        guard let custom, customNames.contains(custom), format == .html || sources[custom + ".md"] != nil else { return standard }
        return custom
    }

    /// A user's file when there is one, else the built-in default.
    static func source(of file: String, overrides folder: String?) throws -> (path: String, text: String, isUsers: Bool) {
        if let folder {
            let path = (folder as NSString).appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: path) {
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw TemplateError.unreadable(file: path)
                }
                return (path, text, true)
            }
        }
        guard let bytes = DefaultTemplates.files[file] else { throw TemplateError.missing(name: file) }
        return ("Templates/\(file)", String(decoding: bytes, as: UTF8.self), false)
    }

    /// Renders a view with a template, after checking that the template names only what the view has.
    func render(_ view: some TemplateView, with name: String) throws -> String {
        guard let source = sources[name] else {
            throw TemplateError.missing(name: name)
        }
        let viewType = ObjectIdentifier(type(of: view)), pageType = (view as? Page).map { ObjectIdentifier(type(of: $0.page)) }
        // The layout it inherits and the partials it includes see the same view: a typo there counts too.
        for checkedName in [name] + source.partials.filter({ $0 != name }) {
            let key = CheckedPair(template: checkedName, view: viewType, page: pageType)
            guard let template = sources[checkedName], !checked.isComplete(key) else { continue }
            let done = checked.tags(of: key)
            checked.add(try TemplateVariables.check(template.tags, file: template.file, against: view, done: done, ends: template.ends), to: key)
        }
        guard let template = templates[name] else { throw TemplateError.missing(name: name) }
        return template.render(view, partials: templates)
    }
}

/// What can go wrong with a template; each names the template file.
public enum TemplateError: Error, CustomStringConvertible, Equatable {
    case syntax(file: String, line: Int, column: Int, problem: String)
    case unknownVariable(file: String, line: Int, column: Int, name: String, known: [String])
    case missing(name: String)
    case unreadable(file: String)
    case brokenMarkup(output: String, line: Int, problem: String)
    /// `{{#parter}}` with no `{{/parter}}`: where the section opens, not the end of the file the parser reached.
    case unclosedSection(file: String, line: Int, column: Int, tag: String, name: String)

    /// The parser's error at the place to fix: a section never closed is reported where it opens, with its
    /// name; the others where the parser stopped.
    static func parsing(_ error: MustacheTemplate.ParserError, file: String, text: String) -> TemplateError {
        if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error, let open = unclosedSections(in: text).first {
            return .unclosedSection(file: file, line: open.line, column: open.column, tag: "{{\(open.sigil.map(String.init) ?? "")\(open.name)}}", name: open.name)
        }
        return .syntax(file: file, line: error.context.lineNumber, column: error.context.columnNumber, problem: words(for: error.error))
    }

    /// The sections opened (`{{#name}}`, `{{^name}}`, `{{$name}}`, `{{<name}}`) and never closed, in file order.
    static func unclosedSections(in text: String) -> [TemplateVariables.Tag] {
        var open: [TemplateVariables.Tag] = [], unclosed: [TemplateVariables.Tag] = []
        for tag in TemplateVariables.tags(in: text) {
            switch tag.sigil {
            case "#", "^", "$", "<":
                open.append(tag)
            case "/":
                // Closing an outer section leaves the ones opened inside it unclosed.
                guard let index = open.lastIndex(where: { $0.name == tag.name }) else { continue }
                unclosed += open[(index + 1)...]
                open.removeSubrange(index...)
            default:
                break
            }
        }
        return (unclosed + open).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The parser's error in words, for people who did not write swift-mustache (`expectedSectionEnd` is
    /// "a section opened with {{#name}} is never closed with {{/name}}").
    static func words(for error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/name}} does not match the section it closes"
        case .unfinishedName: return "a tag is not finished: every {{ needs its }}"
        case .expectedSectionEnd: return "a section opened with {{#name}} or {{^name}} is never closed with {{/name}}"
        case .invalidSetDelimiter: return "a delimiter tag {{=<% %>=}} is badly written"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "only {{$name}} blocks may stand inside {{<partial}}"
        case .textInsideInheritSection: return "text stands inside {{<partial}}, outside every {{$name}} block"
        case .invalidConfigVariableSyntax: return "a {{% … }} setting is badly written"
        case .unrecognisedConfigVariable: return "a {{% … }} setting is unknown (CONTENT_TYPE is the one there is)"
        @unknown default: return "\(error)"
        }
    }

    /// The error in Swedish, for the preview's pages.
    public var swedish: String {
        switch self {
        case let .syntax(file, line, column, problem):
            let words: [String: String] = [
                "a closing tag {{/name}} does not match the section it closes": "en sluttagg {{/namn}} passar inte till avsnittet den stänger",
                "a tag is not finished: every {{ needs its }}": "en tagg är inte avslutad: varje {{ behöver sitt }}",
                "a section opened with {{#name}} or {{^name}} is never closed with {{/name}}": "ett avsnitt som öppnas med {{#namn}} eller {{^namn}} stängs aldrig med {{/namn}}",
            ]
            return "\(file):\(line):\(column): fel i mallen: \(words[problem] ?? problem)"
        case let .unknownVariable(file, line, column, name, known):
            let nearest = Suggestion.nearest(to: name, in: known).map { " (menade du `\($0)`?)" } ?? ""
            return "\(file):\(line):\(column): okänd variabel `\(name)`\(nearest); här finns: \(Set(known).sorted().joined(separator: ", ")) (alla står i README.md från bus-docs templates)"
        case let .missing(name):
            return "ingen mall heter \(name)"
        case let .unreadable(file):
            return "\(file): kan inte läsas som UTF-8-text"
        case let .brokenMarkup(output, line, problem):
            return "\(output):\(line): den genererade HTML-koden är trasig: \(problem)"
        case let .unclosedSection(file, line, column, tag, name):
            return "\(file):\(line):\(column): fel i mallen: `\(tag)` stängs aldrig — skriv `{{/\(name)}}` där avsnittet slutar"
        }
    }

    public var description: String {
        switch self {
        case let .syntax(file, line, column, problem):
            return "\(file):\(line):\(column): template syntax error: \(problem)"
        case let .unknownVariable(file, line, column, name, known):
            let nearest = Suggestion.nearest(to: name, in: known).map { " (did you mean `\($0)`?)" } ?? ""
            return "\(file):\(line):\(column): unknown variable `\(name)`\(nearest); here there are: \(Set(known).sorted().joined(separator: ", ")) (all are in the README.md bus-docs templates writes)"
        case let .missing(name):
            return "no template named \(name)"
        case let .unreadable(file):
            return "\(file): cannot be read as UTF-8 text"
        case let .brokenMarkup(output, line, problem):
            return "\(output):\(line): the generated HTML is broken: \(problem)"
        case let .unclosedSection(file, line, column, tag, name):
            return "\(file):\(line):\(column): template syntax error: `\(tag)` is never closed — write `{{/\(name)}}` where the section ends"
        }
    }
}

/// A template and the type of view (and, for a page, of the document inside it) it was checked against.
struct CheckedPair: Hashable, Sendable {
    var template: String
    var view: ObjectIdentifier
    var page: ObjectIdentifier?
}

/// Per pair, the tags checked so far; shared by the copies of a template set and the threads rendering
/// with it. A pair is complete when every tag of its template has been checked.
final class CheckedPairs: Sendable {
    private let tags = Mutex<[CheckedPair: [Bool]]>([:])
    private let complete = Mutex<Set<CheckedPair>>([])

    func isComplete(_ pair: CheckedPair) -> Bool { complete.withLock { $0.contains(pair) } }

    /// Per tag, whether it has been checked (empty before the first check).
    func tags(of pair: CheckedPair) -> [Bool] { tags.withLock { $0[pair] ?? [] } }

    func add(_ checked: [Bool], to pair: CheckedPair) {
        let all: Bool = tags.withLock { tags in
            let union = tags[pair].map { zip($0, checked).map { $0 || $1 } } ?? checked
            tags[pair] = union
            return !union.contains(false)
        }
        if all { _ = complete.withLock { $0.insert(pair) } }
    }
}

extension TemplateSet {
    /// An HTML page made with a user's template (`--templates`), parsed with libxml2: broken markup is an
    /// error that names the file it went into. The built-in templates' markup does not depend on what an
    /// agreement says (every value is escaped, raw HTML in the text is left out), and is checked by the
    /// tests (libxml2, the Nu validator, the fuzz target) rather than on every page of every run.
    public func checkMarkup(of output: String, _ html: String) throws {
        guard hasUserTemplates, html.hasPrefix("<!DOCTYPE"), let problem = HTMLValidator.problems(in: html).first else { return }
        throw TemplateError.brokenMarkup(output: output, line: problem.line, problem: problem.message)
    }
}

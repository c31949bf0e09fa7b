import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// One agreement read, parsed and checked, ready to render.
struct CheckedAgreement {
    var path: String
    var parsed: ParsedAgreement
    var diagnostics: [Diagnostic]
    /// Its folder in a site.
    var slug: String
    /// Nil when the file has no model to render (not text, no front matter, a YAML error).
    var document: DocumentSource?

    static func load(_ path: String, slug: String? = nil, validator: Validator) throws -> CheckedAgreement {
        let parsed = try AgreementFiles.read(path)
        let diagnostics = validator.validate(parsed)
        let slug = slug ?? Slugs.make(for: [path])[0]
        let document = parsed.agreement.map { agreement in
            DocumentSource(agreement: agreement, diagnostics: diagnostics, ruleSet: validator.ruleSet(for: agreement).0, slug: slug)
        }
        return CheckedAgreement(path: path, parsed: parsed, diagnostics: diagnostics, slug: slug, document: document)
    }

    /// Every file of a list with its site folder, checked on every core.
    static func loadAll(_ paths: [String], validator: Validator) throws -> [CheckedAgreement] {
        try Array(zip(paths, Slugs.make(for: paths))).parallelMap { path, slug in try load(path, slug: slug, validator: validator) }
    }

    /// What a site shows of it: its documents, or a page saying it cannot be read.
    var siteEntry: SiteEntry {
        if let document { return .readable(document) }
        return .unreadable(UnreadableSource(path: path, slug: slug, diagnostics: diagnostics, source: parsed.source))
    }

    var reportFile: CheckReport.File {
        CheckReport.File(path: path, source: parsed.source, diagnostics: diagnostics)
    }
}

/// `--templates DIR`, shared by the commands that render.
struct TemplateOptions: ParsableArguments {
    @Option(help: "A folder of templates that replace the built-in ones file by file.")
    var templates: String?

    func load() throws -> TemplateSet {
        try Self.load(templates)
    }

    /// The built-in templates with a folder's in their place and beside them.
    static func load(_ templates: String?) throws -> TemplateSet {
        if let templates {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageFailure(sv: "--templates \(templates): mappen finns inte", en: "--templates \(templates): no such folder")
            }
        }
        do {
            return try TemplateSet.load(overrides: templates)
        } catch let error as TemplateError {
            throw UsageFailure(sv: error.swedish, en: error.description)
        }
    }
}

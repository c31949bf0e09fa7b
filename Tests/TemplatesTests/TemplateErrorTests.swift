import BUSDocsKit
import Foundation
import TestSupport
import Testing
@testable import Templates

/// Templates users edit: overrides file by file, errors that name the file and line.
@Suite struct TemplateErrorTests {
    func folder(with files: [String: String]) throws -> String {
        let url = Scratch.url("templates")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url.path
    }

    @Test func overrideReplacesOneFileAndKeepsTheRest() throws {
        let path = try folder(with: ["avvikelseblankett.md.mustache": "{{%CONTENT_TYPE: TEXT}}Egen blankett för {{#page}}{{area}}{{/page}}\n"])
        let renderer = DocumentRenderer(templates: try TemplateSet.load(overrides: path))
        let source = Documents.source()
        #expect(try renderer.deviationForm(source, format: .md) == "Egen blankett för Testområdet\n")
        #expect(try renderer.deviationForm(source).contains("<h1>Avvikelseblankett</h1>"))
    }

    @Test func unknownVariableNamesTheFileLineAndNearestName() throws {
        let path = try folder(with: ["avvikelseblankett.md.mustache": "{{#page}}\nMottagare: {{reciever}}\n{{/page}}\n"])
        let renderer = DocumentRenderer(templates: try TemplateSet.load(overrides: path))
        #expect {
            try renderer.deviationForm(Documents.source(), format: .md)
        } throws: { error in
            guard case let .unknownVariable(file, line, column, name, _)? = error as? TemplateError else { return false }
            return file.hasSuffix("avvikelseblankett.md.mustache") && line == 2 && column == 12 && name == "reciever"
                && (error as! TemplateError).description.contains("did you mean `receiver`?")
        }
    }

    @Test func aTypoInTheLayoutIsFoundFromThePageThatInheritsIt() throws {
        let layout = "<!DOCTYPE html>\n<html lang=\"sv\"><head><title>{{titel}}</title></head><body><main>{{$content}}{{/content}}</main></body></html>\n"
        let renderer = DocumentRenderer(templates: try TemplateSet.load(overrides: try folder(with: ["layout.mustache": layout])))
        #expect {
            try renderer.deviationForm(Documents.source())
        } throws: { error in
            guard case let .unknownVariable(file, line, column, name, _)? = error as? TemplateError else { return false }
            return file.hasSuffix("layout.mustache") && line == 2 && column == 30 && name == "titel"
        }
    }

    /// A template is checked against each type of view until every tag has been seen with its sections
    /// known; a typo in a section that the first documents leave empty is still found in the first
    /// document that fills it.
    @Test func aTypoInASectionEarlierDocumentsLeftEmptyIsStillFound() throws {
        let path = try folder(with: ["avvikelseblankett.md.mustache": "{{%CONTENT_TYPE: TEXT}}Blankett{{#home}} ({{hmoe}}){{/home}}\n"])
        let renderer = DocumentRenderer(templates: try TemplateSet.load(overrides: path))
        let source = Documents.source()
        #expect(try renderer.deviationForm(source, format: .md) == "Blankett\n")
        #expect(try renderer.deviationForm(source, format: .md) == "Blankett\n")
        #expect {
            try renderer.deviationForm(source, format: .md, siteHome: "index.html")
        } throws: { error in
            guard case let .unknownVariable(file, line, column, name, _)? = error as? TemplateError else { return false }
            return file.hasSuffix("avvikelseblankett.md.mustache") && line == 1 && column == 43 && name == "hmoe"
        }
    }

    /// A layout of the user's that inlines the stylesheet, as the built-in one did, keeps doing so in a site.
    @Test func aLayoutThatInlinesTheStylesheetStillDoesInASite() throws {
        let layout = "<!DOCTYPE html>\n<html lang=\"sv\"><head><title>{{title}}</title><style>{{{stylesheet}}}</style></head><body><main>{{$content}}{{/content}}</main></body></html>\n"
        let templates = try TemplateSet.load(overrides: try folder(with: ["layout.mustache": layout, "style.css": "p { color: teal; }\n"]))
        let page = try DocumentRenderer(templates: templates).deviationForm(Documents.source(), siteHome: "index.html")
        #expect(page.contains("<style>p { color: teal; }\n</style>"))
        #expect(HTMLValidator.problems(in: page).isEmpty)
    }

    @Test func syntaxErrorNamesTheFileAndLine() throws {
        let path = try folder(with: ["agenda.md.mustache": "rad ett\n{{#page}}\n{{#items}}\n{{/page}}\n"])
        #expect {
            try TemplateSet.load(overrides: path)
        } throws: { error in
            guard case let .syntax(file, line, _, _)? = error as? TemplateError else { return false }
            return file.hasSuffix("agenda.md.mustache") && line == 4
        }
    }

    /// Pages are checked with libxml2 when a template is the user's; a folder with only a stylesheet, or
    /// none, leaves the built-in templates, whose markup the tests check.
    @Test func onlyTheUsersTemplatesHavePagesChecked() throws {
        #expect(try !TemplateSet.load().hasUserTemplates)
        #expect(try !TemplateSet.load(overrides: folder(with: ["style.css": "p { color: teal; }\n"])).hasUserTemplates)
        #expect(try TemplateSet.load(overrides: folder(with: ["index.mustache": "{{<layout}}{{$content}}<p>a</p>{{/content}}{{/layout}}"])).hasUserTemplates)
        #expect(try TemplateSet.load(overrides: folder(with: ["protokoll-bup.mustache": "<p>{{title}}</p>"])).hasUserTemplates)
        let broken = try TemplateSet.load(overrides: folder(with: ["index.mustache": "{{<layout}}{{$content}}<p>a</span></p>{{/content}}{{/layout}}"]))
        let builder = SiteBuilder(renderer: DocumentRenderer(templates: broken), today: Documents.today)
        #expect {
            try builder.validate([try builder.index(for: [Documents.source()])])
        } throws: { error in
            guard case let .brokenMarkup(output, _, _)? = error as? TemplateError else { return false }
            return output == "index.html"
        }
    }

    @Test func brokenMarkupIsFoundByLibxml2() {
        #expect(HTMLValidator.problems(in: "<!DOCTYPE html><html><body><main><p>a</span></p></main></body></html>").map(\.line) == [1])
        #expect(HTMLValidator.problems(in: "<!DOCTYPE html><html lang=\"sv\"><body><main><nav></nav><section><p>a</p></section></main></body></html>").isEmpty)
    }
}

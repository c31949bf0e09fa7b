import Foundation
import Mustache
import Testing
@testable import Templates

/// `CompiledTemplate` renders what swift-mustache renders, for the Mustache users write: each template here
/// is rendered by both (swift-mustache as the reference, here only) against the same views.
@Suite struct CompiledTemplateTests {
    struct Item {
        var name: String
        var note: String?
        var tags: [String]
        var flag: Bool
        var count: Int
    }

    struct Root {
        var title: String
        var items: [Item]
        var empty: [Item]
        var missing: String?
        var yes: Bool
        var no: Bool
        var html: String
        var child: Item?
        var nothing: Item?
        var number: Int
        var ratio: Double
        var words: [String]
        var partialName: String
    }

    static let root = Root(
        title: "Överenskommelse <BUS> & \"samverkan\" 'Nacka'",
        items: [
            Item(name: "Nacka kommun", note: "huvudman", tags: ["skola", "socialtjänst"], flag: true, count: 2),
            Item(name: "Region <Stockholm>", note: nil, tags: [], flag: false, count: 0),
            Item(name: "Elevhälsan", note: "", tags: ["e\u{301}lev", "<i>"], flag: true, count: 1),
        ],
        empty: [], missing: nil, yes: true, no: false, html: "<p>Text & <em>mer</em></p>",
        child: Item(name: "Barnet", note: nil, tags: ["a"], flag: false, count: 7), nothing: nil,
        number: 42, ratio: 0.5, words: ["ett", "två", "tre"], partialName: "row")

    static let partials: [String: String] = [
        "row": "<li>{{name}}</li>\n",
        "block": "Rad ett\n  {{#items}}\n  - {{name}}\n  {{/items}}\nSlut\n",
        "layout": "<html>\n<title>{{$title}}Standard{{/title}}</title>\n<body>\n  {{$content}}\n  Inget innehåll\n  {{/content}}\n</body>\n</html>\n",
        "inner": "{{<layout}}{{$title}}Inre {{title}}{{/title}}{{/layout}}",
        "text": "{{%CONTENT_TYPE: TEXT}}{{title}} {{html}}\n",
    ]

    static let templates: [String] = [
        // Variables, escaping, triple and ampersand, a number, a flag, a fraction, a nil.
        "{{title}}|{{{title}}}|{{&title}}|{{ number }}|{{yes}}|{{ratio}}|{{missing}}|{{html}}|{{{html}}}",
        // Sections over lists, flags, values and nils; inverted sections; standalone lines.
        "<ul>\n  {{#items}}\n  <li>{{name}}{{#note}} ({{note}}){{/note}}</li>\n  {{/items}}\n</ul>\n{{^empty}}\nInga.\n{{/empty}}\n{{#yes}}ja{{/yes}}{{#no}}nej{{/no}}{{^no}}inte{{/no}}\n",
        // A nil or empty note: the name is looked up further out; a dotted name; an outer view's field.
        "{{#items}}[{{note}}|{{title}}|{{child.name}}|{{child.note}}|{{number}}]{{/items}}\n{{#child}}{{name}} {{count}} {{title}}{{/child}}{{^nothing}}ingen{{/nothing}}{{#nothing}}X{{/nothing}}\n",
        // `.`, `.name`, lists of texts, an empty list's inverted section.
        "{{#words}}{{.}},{{/words}} {{#items}}{{#tags}}<{{.}}>{{/tags}}{{^tags}}(inga){{/tags}}{{.name}}{{/items}}\n",
        // Transforms and a list's position.
        "{{uppercase(title)}} {{count(items)}} {{#items}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#even()}}e{{/even()}} {{/items}}{{reversed(words)}}\n",
        // Comments, standalone and inline; delimiters changed.
        "Före\n  {{! en kommentar }}\nEfter {{! inline }}slut\n{{=<% %>=}}\n<% title %> {{title}}\n<%={{ }}=%>\n{{number}}\n",
        // Partials: inline, standalone and indented, dynamic.
        "<ul>{{#items}}{{>row}}{{/items}}</ul>\n  {{>block}}\n{{#items}}{{>*partialName}}{{/items}}\n",
        // Inheritance: a parent's blocks overridden, defaults kept, indented blocks.
        "{{<layout}}\n{{$content}}\n<p>{{title}}</p>\n{{#items}}\n<p>{{name}}</p>\n{{/items}}\n{{/content}}\n{{/layout}}\n",
        "{{<inner}}{{/inner}}\nefter\n",
        // Content types: text in one template, HTML again in a partial.
        "{{%CONTENT_TYPE: TEXT}}{{title}} {{>text}}{{>row}}",
        // Carriage returns and lines with only whitespace.
        "a\r\n  {{#yes}}\r\n  b\r\n  {{/yes}}\r\n\t\n{{#no}}\n{{/no}}\nc",
        // Whitespace before tags that are not standalone.
        "  {{#yes}}x{{/yes}}  \n  {{title}}\n {{^no}} y {{/no}} \n",
    ]

    @Test(arguments: templates.indices) func rendersAsSwiftMustacheDoes(_ index: Int) throws {
        let text = Self.templates[index]
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate] = [:]
        for (name, partial) in Self.partials {
            library.register(try MustacheTemplate(string: partial), named: name)
            compiled[name] = try CompiledTemplate.read(partial)
        }
        library.register(try MustacheTemplate(string: text), named: "main")
        compiled["main"] = try CompiledTemplate.read(text)
        let expected = try #require(library.render(Self.root, withTemplate: "main"))
        let rendered = compiled["main"]!.render(Self.root, partials: compiled)
        #expect(rendered == expected)
        #expect(!rendered.isEmpty)
    }

    /// Every built-in template reads into nodes (none needs swift-mustache to be rendered), and
    /// swift-mustache, which checks a user's templates, reads it too: the built-in ones are not checked on each run.
    @Test func everyBuiltInTemplateReads() throws {
        for file in TemplateSet.templateFiles {
            let text = String(decoding: try #require(DefaultTemplates.files[file]), as: UTF8.self)
            _ = try CompiledTemplate.read(text)
            _ = try MustacheTemplate(string: text)
        }
    }
}

extension CompiledTemplateTests.Item: TemplateView {
    static let fields = TemplateFields<CompiledTemplateTests.Item>([
        ("name", { $0.name }), ("note", { $0.note }), ("tags", { $0.tags }), ("flag", { $0.flag }), ("count", { $0.count }),
    ])
}

extension CompiledTemplateTests.Root: TemplateView {
    static let fields = TemplateFields<CompiledTemplateTests.Root>([
        ("title", { $0.title }), ("items", { $0.items }), ("empty", { $0.empty }), ("missing", { $0.missing }),
        ("yes", { $0.yes }), ("no", { $0.no }), ("html", { $0.html }), ("child", { $0.child }), ("nothing", { $0.nothing }),
        ("number", { $0.number }), ("ratio", { $0.ratio }), ("words", { $0.words }), ("partialName", { $0.partialName }),
    ])
}

import Testing
@testable import Templates

@Suite struct RendererTests {}

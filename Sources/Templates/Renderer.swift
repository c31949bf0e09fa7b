import BUSDocsKit

/// The rendering layer: turns checked agreements into documents through user-editable templates.
public enum Renderer {}

-- Neovim (headless) as the editor: attach `bus-docs lsp` to the agreement opened, wait for its findings,
-- write them as Neovim shows them; then take every quick fix it offers, as a user would, and write the
-- findings and the text after them.
--   BUS_DOCS=path/to/bus-docs OUT=folder nvim --headless --clean -u Tests/LSP/nvim.lua FILE
-- Files written to OUT: before.tsv, after.tsv (line, byte column — both 1-based —, code, severity,
-- first line of the message) and mended.md. `done` is written last: its absence means a step timed out.
local bin = os.getenv("BUS_DOCS")
local out = os.getenv("OUT")

local function fail(message)
  vim.fn.writefile({ message }, out .. "/error.txt")
  vim.cmd("qall!")
end

-- After startup, when the file's buffer is loaded.
local function run()
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "bus-docs", cmd = { bin, "lsp" }, root_dir = vim.fn.getcwd() })
if not client_id then fail("bus-docs lsp did not start") end
vim.lsp.buf_attach_client(buffer, client_id)

local function write_findings(name)
  local rows = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    local message = d.message:gsub("\n.*", "")
    table.insert(rows, string.format("%d\t%d\t%s\t%d\t%s", d.lnum + 1, d.col + 1, d.code or "", d.severity, message))
  end
  table.sort(rows)
  vim.fn.writefile(rows, out .. "/" .. name)
end

if not vim.wait(30000, function() return #vim.diagnostic.get(buffer) > 0 end, 20) then
  fail("no diagnostics from bus-docs lsp within 30 s")
end
write_findings("before.tsv")

-- Every quick fix, one at a time, from the findings Neovim holds now.
local client = vim.lsp.get_client_by_id(client_id)
local fixed = 0
for _ = 1, 10 do
  -- The quick fixes over the whole text, as a "fix all" asks.
  local actions = {}
  local params = { textDocument = vim.lsp.util.make_text_document_params(buffer),
                   range = { start = { line = 0, character = 0 }, ["end"] = { line = vim.api.nvim_buf_line_count(buffer), character = 0 } },
                   context = { diagnostics = {} } }
  local answers = vim.lsp.buf_request_sync(buffer, "textDocument/codeAction", params, 10000) or {}
  for _, answer in pairs(answers) do
    for _, action in ipairs(answer.result or {}) do table.insert(actions, action) end
  end
  if #actions == 0 then break end
  local before = vim.diagnostic.get(buffer)
  vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding)
  fixed = fixed + 1
  -- Neovim sends the change; wait for the findings of the new text.
  vim.wait(10000, function() return vim.diagnostic.get(buffer) ~= before and #vim.diagnostic.get(buffer) ~= #before end, 20)
end
vim.wait(2000, function() return false end, 50)
write_findings("after.tsv")
vim.fn.writefile(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), out .. "/mended.md")
vim.fn.writefile({ tostring(fixed) }, out .. "/done")
vim.lsp.stop_client(client_id)
vim.cmd("qall!")
end

vim.api.nvim_create_autocmd("VimEnter", { callback = run })

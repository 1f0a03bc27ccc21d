<#
.SYNOPSIS
  建置 gmdesk 的 Windows 版與安裝程式 (Builds the gmdesk Windows bundle and installer).

.DESCRIPTION
  Run from a PowerShell window in the gmdesk folder, on 64-bit Windows 10/11:

      powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 -FontDir D:\ukai

  Steps, each stopping with one red 「失敗」 line that says what to do:
    1. finds 64-bit Python 3.11 or newer (the py launcher, or -Python C:\...\python.exe);
    2. copies the print font AR PL UKai (ukai.ttc) and its licence into resources\fonts
       (from -FontDir, or already there); -NoBundledFont builds without it (PDFs then use
       the PC's 標楷體 kaiu.ttf);
    3. `py tasks.py build`: creates .venv, installs gmdesk and PyInstaller, builds dist\gmdesk;
    4. runs dist\gmdesk\gmdesk-cli.exe --selftest (prints every form, writes the workbook);
    5. finds NSIS 3 (makensis on the PATH or in Program Files) and runs `py tasks.py installer`,
       which writes dist\gmdesk-<version>-setup.exe.
  On success the last lines are 「完成」 and the installer's path.
  This file is UTF-8 with a BOM: Windows PowerShell 5.1 reads a file without one as cp950.
#>
[CmdletBinding()]
param(
    # python.exe to use instead of the py launcher's newest Python 3.
    [string]$Python = "",
    # A folder holding ukai.ttc and its licence (LICENSE-ukai.txt, or Debian's "copyright").
    [string]$FontDir = "",
    # Build without the bundled print font: PDFs use 標楷體 (kaiu.ttf) of each PC.
    [switch]$NoBundledFont,
    # Stop after the bundle and its selftest (no NSIS needed).
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Step([string]$Text) { Write-Host ""; Write-Host "== $Text" -ForegroundColor Cyan }
function Ok([string]$Text) { Write-Host "   OK  $Text" -ForegroundColor Green }
function Fail([string]$What, [string]$Todo) {
    Write-Host ""
    Write-Host "失敗：$What" -ForegroundColor Red
    Write-Host "      $Todo" -ForegroundColor Red
    exit 1
}

# 1. Python ------------------------------------------------------------------------------
Step "1/5 Python 3.11 以上（64 位元）"
if ($Python -eq "") {
    if (-not (Get-Command py -ErrorAction SilentlyContinue)) {
        Fail "找不到 Python 啟動器 py.exe。" `
             "請從 https://www.python.org/downloads/windows/ 安裝 Python 3.12（64-bit，勾選 py launcher），或以 -Python 指定 python.exe。"
    }
    $Python = (& py -3 -c "import sys; print(sys.executable)" | Select-Object -First 1)
    if ($LASTEXITCODE -ne 0 -or -not $Python) {
        Fail "py 啟動器找不到任何 Python 3。" "請安裝 Python 3.12（64-bit）後再執行。"
    }
}
if (-not (Test-Path $Python)) { Fail "找不到 ${Python}。" "請以 -Python 指定存在的 python.exe。" }
$Info = (& $Python -c "import struct, sys; print('%d.%d %d' % (sys.version_info[0], sys.version_info[1], struct.calcsize('P') * 8))")
if ($LASTEXITCODE -ne 0) { Fail "$Python 無法執行。" "請重新安裝 Python 3.12（64-bit）。" }
$Version, $Bits = $Info.Trim().Split(" ")
$Major, $Minor = $Version.Split(".")
if ([int]$Major -lt 3 -or ([int]$Major -eq 3 -and [int]$Minor -lt 11)) {
    Fail "Python $Version 太舊（${Python}），gmdesk 需要 3.11 以上。" "請安裝 Python 3.12（64-bit），或以 -Python 指定較新的 python.exe。"
}
if ($Bits -ne "64") {
    Fail "Python $Version 是 $Bits 位元版，Qt（PySide6）只有 64 位元版。" "請安裝 64-bit 的 Python 3.12。"
}
Ok "Python $Version ($Bits-bit): $Python"

# 2. The print font ----------------------------------------------------------------------
Step "2/5 列印字型 AR PL UKai（文鼎PL中楷）與授權"
$Fonts = Join-Path $Root "resources\fonts"
$Font = Join-Path $Fonts "ukai.ttc"
$Licence = Join-Path $Fonts "LICENSE-ukai.txt"
if ($FontDir -ne "") {
    $SourceFont = Join-Path $FontDir "ukai.ttc"
    $SourceLicence = @("LICENSE-ukai.txt", "copyright") | ForEach-Object { Join-Path $FontDir $_ } |
        Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not (Test-Path $SourceFont)) { Fail "$FontDir 裡沒有 ukai.ttc。" "請放入 ukai.ttc（Debian/Ubuntu 的 /usr/share/fonts/truetype/arphic/ukai.ttc）。" }
    if (-not $SourceLicence) { Fail "$FontDir 裡沒有字型授權（LICENSE-ukai.txt 或 copyright）。" "請放入 /usr/share/doc/fonts-arphic-ukai/copyright；字型必須連同授權一起散布。" }
    New-Item -ItemType Directory -Force -Path $Fonts | Out-Null
    Copy-Item $SourceFont $Font -Force
    Copy-Item $SourceLicence $Licence -Force
}
if ((Test-Path $Font) -and (Test-Path $Licence)) {
    Ok ("{0} ({1:N0} KB) 與授權" -f $Font, ((Get-Item $Font).Length / 1KB))
} elseif ($NoBundledFont) {
    Write-Host "   注意：不附列印字型，PDF 會使用各電腦的標楷體（kaiu.ttf）。" -ForegroundColor Yellow
} else {
    Fail "resources\fonts 沒有 ukai.ttc 與 LICENSE-ukai.txt。" `
         "請從 Debian/Ubuntu（apt-get install fonts-arphic-ukai）複製 ukai.ttc 與 copyright 到一個資料夾，再以 -FontDir 指定；或加 -NoBundledFont 改用標楷體。"
}

# 3. The bundle --------------------------------------------------------------------------
Step "3/5 建置程式資料夾 dist\gmdesk（py tasks.py build，首次約 5 分鐘）"
& $Python tasks.py build
if ($LASTEXITCODE -ne 0) { Fail "tasks.py build 失敗（結束代碼 ${LASTEXITCODE}）。" "請看上方的錯誤訊息；網路不通時 pip 無法安裝套件。" }
$Bundle = Join-Path $Root "dist\gmdesk"
foreach ($Exe in @("gmdesk.exe", "gmdesk-cli.exe")) {
    if (-not (Test-Path (Join-Path $Bundle $Exe))) { Fail "dist\gmdesk 裡沒有 ${Exe}。" "請看上方 PyInstaller 的訊息。" }
}
$Size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Ok ("{0} ({1:N0} MB): gmdesk.exe（視窗）、gmdesk-cli.exe（命令列）" -f $Bundle, $Size)

# 4. Selftest ----------------------------------------------------------------------------
Step "4/5 自我檢查（gmdesk-cli.exe --selftest）"
& (Join-Path $Bundle "gmdesk-cli.exe") --selftest
if ($LASTEXITCODE -ne 0) { Fail "自我檢查未通過（結束代碼 ${LASTEXITCODE}）。" "上方列出未通過的項目；請勿散布這個版本。" }
Ok "自我檢查通過"

if ($SkipInstaller) {
    Step "完成（未建置安裝程式）：$Bundle"
    exit 0
}

# 5. The installer -----------------------------------------------------------------------
Step "5/5 安裝程式（NSIS，py tasks.py installer）"
if (-not (Get-Command makensis -ErrorAction SilentlyContinue)) {
    $Nsis = @("${env:ProgramFiles(x86)}\NSIS", "$env:ProgramFiles\NSIS") |
        Where-Object { $_ -and (Test-Path (Join-Path $_ "makensis.exe")) } | Select-Object -First 1
    if (-not $Nsis) { Fail "找不到 NSIS 的 makensis.exe。" "請從 https://nsis.sourceforge.io 安裝 NSIS 3，或加 -SkipInstaller 只建置程式資料夾。" }
    $env:PATH = "$Nsis;$env:PATH"
}
& $Python tasks.py installer
if ($LASTEXITCODE -ne 0) { Fail "tasks.py installer 失敗（結束代碼 ${LASTEXITCODE}）。" "請看上方 makensis 的訊息。" }
$AppVersion = (& $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
$Setup = Join-Path $Root "dist\gmdesk-$AppVersion-setup.exe"
if (-not (Test-Path $Setup)) { Fail "沒有產生 ${Setup}。" "請看上方 makensis 的訊息。" }
Ok ("{0} ({1:N0} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))

Step "完成：gmdesk $AppVersion"
Write-Host "   安裝程式：$Setup"
Write-Host "   靜默安裝（每台電腦，免系統管理員）：gmdesk-$AppVersion-setup.exe /S"
Write-Host "   靜默移除（保留機關資料）：`"%LOCALAPPDATA%\Programs\gmdesk\uninstall.exe`" /S"
Write-Host "   安裝後檢查：`"%LOCALAPPDATA%\Programs\gmdesk\gmdesk-cli.exe`" --selftest"
exit 0

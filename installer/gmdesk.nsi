; gmdesk Windows installer (NSIS 3, Unicode): `python3 tasks.py installer` (or `py tasks.py installer`).
;
; Per-user: installs to %LOCALAPPDATA%\Programs\gmdesk without administrator rights, adds
; Start-menu and desktop shortcuts and an entry in 「應用程式與功能」. Installing a newer
; version over an older one upgrades in place. Uninstalling removes the program only: the
; office's data (%LOCALAPPDATA%\gmdesk: the database, backups, settings) is kept.
;
; Defines: VERSION (from pyproject.toml, passed by tasks.py), BUNDLE (the PyInstaller
; onedir folder, default ..\dist\gmdesk), OUTFILE (default ..\dist\gmdesk-VERSION-setup.exe),
; NOCOMPRESS (store files uncompressed: a quick compile for the tests), TARGET (see below).
; makensis runs from this file's folder, so relative paths start here.

; 64-bit where this NSIS has the 64-bit stubs (Debian's nsis has them), like the bundle it
; carries (64-bit Python and Qt): a 64-bit installer sees the registry without WOW64
; redirection, and Debian's 64-bit Wine runs it (tests/test_installer_wine.py). The NSIS of
; nsis.sourceforge.io has only 32-bit stubs: it makes a 32-bit installer, which installs the
; same files, shortcuts and HKCU entries on 64-bit Windows. -DTARGET=x86-unicode forces that.
!ifndef TARGET
  !if /FileExists "${NSISDIR}\Stubs\lzma_solid-amd64-unicode"
    !define TARGET "amd64-unicode"
  !else
    !define TARGET "x86-unicode"
  !endif
!endif
Target "${TARGET}"
!ifdef NOCOMPRESS
  ; Only for the test that proves the script compiles: lzma takes minutes on 150 MB.
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\gmdesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\gmdesk-${VERSION}-setup.exe"
!endif

!if /FileExists "${BUNDLE}\gmdesk.exe"
  !define EXE "gmdesk.exe"
!else if /FileExists "${BUNDLE}\gmdesk"
  ; A Linux bundle: only to prove this script compiles (the installer would not run it).
  !define EXE "gmdesk"
!else
  !error "找不到 ${BUNDLE}\gmdesk.exe：請先在 Windows 上執行 py tasks.py build"
!endif

!define APP "gmdesk"
!define APP_TITLE "gmdesk 性別主流化業務"
!define PUBLISHER "gmdesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\gmdesk"
!define APP_KEY "Software\gmdesk"
; platformdirs.user_data_dir("gmdesk", roaming=False) on Windows: see gmdesk/paths.py.
!define DATA_DIR "$LOCALAPPDATA\gmdesk"

Name "${APP_TITLE}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\gmdesk"
; An upgrade goes where the previous version is, even if IT chose another folder then.
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1028 "ProductName" "${APP}"
VIAddVersionKey /LANG=1028 "FileDescription" "${APP_TITLE} 安裝程式"
VIAddVersionKey /LANG=1028 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1028 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1028 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1028 "LegalCopyright" "MIT License"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ABORTWARNING
!if /FileExists "..\build\gmdesk.ico"
  !define MUI_ICON "..\build\gmdesk.ico"
  !define MUI_UNICON "..\build\gmdesk.ico"
!endif

!define MUI_WELCOMEPAGE_TITLE "歡迎安裝 ${APP_TITLE} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "gmdesk 協助區公所與市府機關辦理性別主流化業務：執行小組、會議、性別意識培力、CEDAW 宣導與年度報表。$\r$\n$\r$\n本程式只安裝給目前的使用者，不需要系統管理員權限；所有資料都存在這台電腦，不需要網路。$\r$\n$\r$\n若已安裝舊版，會直接更新，機關資料不受影響。$\r$\n$\r$\n請按「下一步」繼續。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "立即開啟 gmdesk"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "將從這台電腦移除 gmdesk 程式。$\r$\n$\r$\n機關資料（資料庫、備份與設定）存放在 ${DATA_DIR}，不會被刪除；重新安裝後即可繼續使用。若確定不再需要，請自行備份後再刪除該資料夾。"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "TradChinese"

Function .onInit
  ; Do not let a second installer run at the same time.
  System::Call 'kernel32::CreateMutex(p 0, i 0, t "gmdesk-setup") p .r1 ?e'
  Pop $R0
  ${If} $R0 != 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "gmdesk 安裝程式已在執行中。" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

; Stop while gmdesk is open: its files are locked and a half-replaced program would not
; start. A running .exe can be renamed on Windows but not opened for writing.
!macro IsLocked file
  ${If} ${FileExists} "${file}"
    ClearErrors
    FileOpen $R0 "${file}" a
    ${If} ${Errors}
      StrCpy $R1 "locked"
    ${Else}
      FileClose $R0
    ${EndIf}
  ${EndIf}
!macroend

!macro RequireClosed un
Function ${un}RequireClosed
  retry:
  StrCpy $R1 ""
  !insertmacro IsLocked "$INSTDIR\gmdesk.exe"
  !insertmacro IsLocked "$INSTDIR\gmdesk-cli.exe"
  ${If} $R1 != ""
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "gmdesk 正在執行。請先關閉 gmdesk 的視窗，再按「重試」。" /SD IDCANCEL IDRETRY retry
    Quit
  ${EndIf}
FunctionEnd
!macroend
!insertmacro RequireClosed ""
!insertmacro RequireClosed "un."

Section "gmdesk" SecMain
  SectionIn RO
  SetShellVarContext current
  Call RequireClosed

  ; Upgrade in place: remove the previous version's program files (never the data, which
  ; lives in ${DATA_DIR}) so no stale library of the old version is left behind.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\gmdesk.exe"
  Delete "$INSTDIR\gmdesk-cli.exe"
  Delete "$INSTDIR\gmdesk"

  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\gmdesk.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "${APP_TITLE}"
  CreateShortcut "$DESKTOP\gmdesk.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "${APP_TITLE}"

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_TITLE}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.RequireClosed
  Delete "$SMPROGRAMS\gmdesk.lnk"
  Delete "$DESKTOP\gmdesk.lnk"
  ; Only the program folder; the office data in ${DATA_DIR} stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\gmdesk.exe"
  Delete "$INSTDIR\gmdesk-cli.exe"
  Delete "$INSTDIR\gmdesk"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  DetailPrint "機關資料保留在 ${DATA_DIR}"
  ${IfNot} ${Silent}
    MessageBox MB_OK|MB_ICONINFORMATION "gmdesk 已移除。$\r$\n$\r$\n機關資料仍保留在：$\r$\n${DATA_DIR}$\r$\n重新安裝 gmdesk 後會自動使用這些資料。"
  ${EndIf}
SectionEnd

; Inno Setup script for the Windows installer of Sferum Desk.
; Built by installer/windows/build_installer.py after PyInstaller (make dist on Windows):
;   ISCC /DAppVersion=<version> /DBundleDir=<dist\sferum-desk> /DOutputDir=<dist> sferum-desk.iss
; Per-user install without administrator rights by default (the dialog offers all users),
; Russian and English, a Start-menu and optional desktop shortcut, .sdbackup files opening
; in the app, and an uninstaller that asks whether to keep the user's data (default: keep).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 sferum-desk.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\sferum-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Sferum Desk"
#define AppExe "sferum-desk.exe"

[Setup]
AppId={{8C1E3B52-5F0D-4D7B-9A8E-3B1F6E2C9D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sferum Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\Sferum Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=sferum-desk-{#AppVersion}-setup
SetupIconFile=..\..\sferum_desk\resources\icons\sferum-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.KeepData=Сохранить базу данных, резервные копии и настройки Sferum Desk?%n%nОни лежат в %1.%n%nНажмите «Да», чтобы оставить их (например, для переустановки), или «Нет», чтобы удалить.
en.KeepData=Keep the Sferum Desk database, backups and settings?%n%nThey are in %1.%n%nChoose Yes to keep them (for a reinstall, say), No to delete them.
ru.BackupFile=Резервная копия Sferum Desk
en.BackupFile=Sferum Desk backup

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .sdbackup opens in the app, which offers to restore it (per user or per machine, as installed)
Root: HKA; Subkey: "Software\Classes\.sdbackup"; ValueType: string; ValueName: ""; ValueData: "SferumDesk.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\SferumDesk.Backup"; ValueType: string; ValueName: ""; ValueData: "{cm:BackupFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SferumDesk.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\SferumDesk.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The app's data folder: platformdirs' user_data_dir on Windows (appauthor off).
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\sferum-desk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) then
  begin
    // Default button: Yes, keep. A silent uninstall keeps the data too.
    if not UninstallSilent() then
      if SuppressibleMsgBox(FmtMessage(CustomMessage('KeepData'), [DataDir()]),
           mbConfirmation, MB_YESNO or MB_DEFBUTTON1, IDYES) = IDNO then
        DelTree(DataDir(), True, True, True);
  end;
end;

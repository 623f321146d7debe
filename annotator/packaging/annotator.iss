; Inno Setup 6 script for Annotator's Windows installer: run through `python -m annotator.packaging` on
; Windows, which passes AppVersion, SourceDir (the PyInstaller bundle folder), OutputDir and RepoDir.
;
; For IT: a per-machine install into C:\Program Files\Annotator (administrator rights needed once).
;   Annotator-VERSION-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART          silent, no windows at all
;   Annotator-VERSION-setup.exe /SILENT                                           only a progress bar
;   ... /SETTINGS="\\server\it\annotator-settings.yaml"   also install the school's settings file as
;                                                         C:\ProgramData\Annotator\settings.yaml
;   "C:\Program Files\Annotator\unins000.exe" /VERYSILENT                          silent uninstall
; Uninstalling removes the program only: students' work (in each user's AppData\Local\Annotator) and the
; school's settings file stay.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Annotator"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef RepoDir
  #define RepoDir "..\.."
#endif

[Setup]
AppId={{6C3D1B0E-3F4A-4E0B-9A51-2B7C0D9E8A41}
AppName=Annotator
AppVersion={#AppVersion}
AppPublisher=Annotator developers
DefaultDirName={autopf}\Annotator
DefaultGroupName=Annotator
DisableProgramGroupPage=yes
; Installed for everyone: students get it without rights of their own, and cannot change it.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Annotator-{#AppVersion}-setup
SetupIconFile={#RepoDir}\resources\icons\annotator.ico
UninstallDisplayIcon={app}\annotator.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; A classroom machine may be running Annotator while IT updates it.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The school's settings, when IT passes /SETTINGS=FILE; never removed by an uninstall or replaced by an update
; that does not name one.
Source: "{param:SETTINGS}"; DestDir: "{commonappdata}\Annotator"; DestName: "settings.yaml"; \
  Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: HasSettings

[Icons]
Name: "{autoprograms}\Annotator"; Filename: "{app}\annotator.exe"; AppUserModelID: "org.annotator.Annotator"

[Registry]
; "Open with Annotator" for lesson packs (.zip) and handed-in work (.yaml, .yml). Annotator does not take
; over these extensions: the school's choice of default program for zips and YAML stays.
Root: HKA; Subkey: "Software\Classes\Annotator.Lesson"; ValueType: string; ValueData: "Annotator lesson pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Annotator.Lesson\DefaultIcon"; ValueType: string; ValueData: "{app}\annotator.exe,0"
Root: HKA; Subkey: "Software\Classes\Annotator.Lesson\shell\open\command"; ValueType: string; ValueData: """{app}\annotator.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Annotator.Work"; ValueType: string; ValueData: "Annotator student work"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Annotator.Work\DefaultIcon"; ValueType: string; ValueData: "{app}\annotator.exe,0"
Root: HKA; Subkey: "Software\Classes\Annotator.Work\shell\open\command"; ValueType: string; ValueData: """{app}\annotator.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "Annotator.Lesson"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "Annotator.Work"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.yml\OpenWithProgids"; ValueType: string; ValueName: "Annotator.Work"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\annotator.exe\SupportedTypes"; ValueType: string; ValueName: ".zip"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\annotator.exe\SupportedTypes"; ValueType: string; ValueName: ".yaml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\annotator.exe\SupportedTypes"; ValueType: string; ValueName: ".yml"; ValueData: ""

[Run]
Filename: "{app}\annotator.exe"; Description: "{cm:LaunchProgram,Annotator}"; Flags: nowait postinstall skipifsilent

[Code]
function HasSettings: Boolean;
begin
  Result := ExpandConstant('{param:SETTINGS}') <> '';
end;

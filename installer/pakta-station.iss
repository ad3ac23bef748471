; Pakta Station - Windows installer (Inno Setup 6).
; Packs the one-folder bundle dist\pakta-station (build_installer.spec) into one setup .exe:
; Start-menu entries, an uninstaller, and a per-machine data folder chosen during setup and
; written to pakta-station.ini beside the programs (read by desktop_app/paths.py).
; Build steps: installer/README.md.

#define AppName "Pakta Station"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BundleDir "..\dist\pakta-station"
; Indonesian is an unofficial Inno Setup translation: put Indonesian.isl (from
; https://jrsoftware.org/files/istrans/) beside this script; without it the setup is English.
#define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
#if FileExists(IndonesianIsl)
  #define HaveIndonesian
#endif

[Setup]
AppId={{6B1E0C52-5D8A-4C7B-9F0E-2A7C4D1B8E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Pakta Station
DefaultDirName={autopf}\Pakta Station
DefaultGroupName=Pakta Station
; Per machine: every attendant account on a venue laptop uses the same programs and data.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=pakta-station-{#AppVersion}-setup
SetupIconFile=..\resources\icons\pakta-station.ico
UninstallDisplayIcon={app}\pakta-station.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes

[Languages]
#ifdef HaveIndonesian
Name: "id"; MessagesFile: "{#IndonesianIsl}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
#ifdef HaveIndonesian
id.DataTitle=Folder data stasiun
id.DataDesc=Di mana Pakta Station menyimpan rekaman, kunci, tanda terima, dan log?
id.DataNote=Pilih folder di disk laptop ini (bukan flashdisk). Semua pengguna laptop memakai folder yang sama. Folder ini TIDAK dihapus saat uninstall.
id.SelfTest=Jalankan uji mandiri sekarang
id.Desk=Meja registrasi Pakta Station
id.Doctor=Pemeriksaan stasiun (pakta doctor)
#endif
en.DataTitle=Station data folder
en.DataDesc=Where does Pakta Station keep records, keys, receipts and logs?
en.DataNote=Choose a folder on this laptop's own disk (not a USB stick). All users of the laptop share it. It is NOT removed on uninstall.
en.SelfTest=Run the self-test now
en.Desk=Pakta Station registration desk
en.Doctor=Station check (pakta doctor)

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; Attendants work under ordinary accounts: they must be able to write the data folder.
Name: "{code:DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall

[INI]
Filename: "{app}\pakta-station.ini"; Section: "station"; Key: "data_dir"; String: "{code:DataDir}"

[Icons]
Name: "{group}\Pakta Station"; Filename: "{app}\pakta-station.exe"; Comment: "{cm:Desk}"
Name: "{group}\{cm:Doctor}"; Filename: "{cmd}"; Parameters: "/k ""{app}\pakta.exe"" doctor"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Pakta Station"; Filename: "{app}\pakta-station.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{cmd}"; Parameters: "/k ""{app}\pakta.exe"" self-test"; Description: "{cm:SelfTest}"; Flags: postinstall skipifsilent unchecked
Filename: "{app}\pakta-station.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: postinstall skipifsilent nowait

[UninstallDelete]
; Only what the installer wrote; the data folder (signed records) always stays.
Type: files; Name: "{app}\pakta-station.ini"

[Code]
var
  DataPage: TInputDirWizardPage;

procedure InitializeWizard;
begin
  DataPage := CreateInputDirPage(wpSelectDir, CustomMessage('DataTitle'),
    CustomMessage('DataDesc'), CustomMessage('DataNote'), False, '');
  DataPage.Add('');
  // An upgrade keeps the folder chosen last time.
  DataPage.Values[0] := GetPreviousData('DataDir', ExpandConstant('{commonappdata}\PaktaStation'));
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  SetPreviousData(PreviousDataKey, 'DataDir', DataPage.Values[0]);
end;

function DataDir(Param: String): String;
begin
  Result := DataPage.Values[0];
end;

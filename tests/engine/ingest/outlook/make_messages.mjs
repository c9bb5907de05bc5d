// Writes the Outlook (.msg) and legacy Office test files next to this script: OLE2 compound files
// laid out as Outlook and Office write them ([MS-OXMSG], [MS-CFB]), made with SheetJS's `cfb`
// writer. The files are committed; run this only to change them:
//   cd tests/engine/ingest/outlook && npm install --no-save cfb@1.2.2 && node make_messages.mjs
import fs from "node:fs";
import CFB from "cfb";

const utf16 = (text) => Buffer.from(text, "utf16le");
const PT_LONG = 0x0003;
const PT_SYSTIME = 0x0040;

// The top-level "__properties_version1.0" stream: a 32-byte header, then 16-byte entries.
function properties(entries) {
  const out = Buffer.alloc(32 + 16 * entries.length);
  entries.forEach(([id, type, value], i) => {
    const at = 32 + 16 * i;
    out.writeUInt32LE(((id << 16) | type) >>> 0, at);
    out.writeUInt32LE(0x6, at + 4); // readable | writable
    if (type === PT_LONG) out.writeUInt32LE(value, at + 8);
    if (type === PT_SYSTIME) out.writeBigUInt64LE(value, at + 8);
  });
  return out;
}

// 2026-11-26 09:02:00 UTC as a Windows FILETIME (100 ns ticks since 1601-01-01)
const filetime = (date) => BigInt(date.getTime()) * 10000n + 116444736000000000n;

function message(name, streams, props) {
  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, "/__nameid_version1.0/__substg1.0_00020102", Buffer.alloc(0));
  CFB.utils.cfb_add(file, "/__properties_version1.0", properties(props));
  for (const [stream, data] of Object.entries(streams)) CFB.utils.cfb_add(file, `/${stream}`, data);
  fs.writeFileSync(name, CFB.write(file, { type: "buffer", fileType: "cfb" }));
}

const REPLY = [
  "Hi Tom,",
  "",
  "Yes, that's all correct. One more thing: instructors should be able to cancel a class.",
  "",
  "Helen",
  "",
  "________________________________",
  "From: Tom Reid <tom@studio.example>",
  "Sent: 25 November 2026 17:40",
  "To: Helen Park <helen@gym.example>",
  "Subject: Booking app",
  "",
  "Hi Helen,",
  "",
  "Thanks for today. Just to confirm what we agreed:",
  "- members book and cancel classes on their phones",
  "- the front desk sees who has paid",
  "",
  "Tom",
].join("\r\n");

message(
  "reply.msg",
  {
    "__substg1.0_0037001F": utf16("RE: Booking app"),
    "__substg1.0_1000001F": utf16(REPLY),
    "__substg1.0_0C1A001F": utf16("Helen Park"),
    "__substg1.0_5D01001F": utf16("helen@gym.example"),
    "__substg1.0_007D001F": utf16(
      "Received: from mail.gym.example\r\nDate: Thu, 26 Nov 2026 09:02:00 +0000\r\nFrom: Helen Park <helen@gym.example>\r\n\r\n"
    ),
  },
  [],
);

message(
  "html-only.msg",
  {
    "__substg1.0_0037001F": utf16("Menu app"),
    "__substg1.0_10130102": Buffer.from(
      "<html><body><p>Hi Tom,</p><p>Guests must be able to see allergens on every dish.</p>" +
        "<script>alert('x')</script></body></html>",
      "utf8",
    ),
    "__substg1.0_0C1A001F": utf16("Priya Shah"),
  },
  [
    [0x3fde, PT_LONG, 65001], // PidTagInternetCodepage: UTF-8
    [0x0e06, PT_SYSTIME, filetime(new Date(Date.UTC(2026, 10, 26, 9, 2, 0)))], // delivery time
  ],
);

// A message with the client's requirements attached, and a logo that holds no text
message(
  "with-attachments.msg",
  {
    "__substg1.0_0037001F": utf16("Our requirements"),
    "__substg1.0_1000001F": utf16("Hi Tom,\r\n\r\nOur requirements are attached.\r\n\r\nHelen"),
    "__substg1.0_0C1A001F": utf16("Helen Park"),
    "__attach_version1.0_#00000000/__substg1.0_3707001F": utf16("requirements.txt"),
    "__attach_version1.0_#00000000/__substg1.0_37010102": Buffer.from(
      "The system shall send a reminder 24 hours before each class.\nMembers shall be able to join a waiting list.\n",
    ),
    "__attach_version1.0_#00000001/__substg1.0_3707001F": utf16("logo.png"),
    "__attach_version1.0_#00000001/__substg1.0_37010102": Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 0),
    ]),
  },
  [],
);

message(
  "rtf-only.msg",
  { "__substg1.0_0037001F": utf16("Rich text only"), "__substg1.0_10090102": Buffer.from("LZFu-compressed RTF") },
  [],
);

for (const [name, stream] of [
  ["legacy.doc", "WordDocument"],
  ["legacy.xls", "Workbook"],
  ["legacy.ppt", "PowerPoint Document"],
]) {
  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, `/${stream}`, Buffer.alloc(4096, 1));
  fs.writeFileSync(name, CFB.write(file, { type: "buffer", fileType: "cfb" }));
}

// Parses an Atom or RSS file with feedparser (npm), the way feed readers do, and prints what it read as JSON.
// Exit code 1 with the parser's message when the feed is not well formed or not a feed.
"use strict";
const fs = require("node:fs");
const FeedParser = require("feedparser");

const parser = new FeedParser({ strict: true, addmeta: false });
const items = [];
parser.on("error", (error) => {
  console.error(error.message);
  process.exit(1);
});
parser.on("readable", function () {
  let item;
  while ((item = this.read())) {
    items.push({ title: item.title, link: item.link, date: item.date && item.date.toISOString(), guid: item.guid });
  }
});
parser.on("end", () => {
  const meta = parser.meta;
  console.log(JSON.stringify({ type: meta["#type"], title: meta.title, link: meta.link, xmlurl: meta.xmlurl, date: meta.date && meta.date.toISOString(), items }));
});
fs.createReadStream(process.argv[2]).pipe(parser);

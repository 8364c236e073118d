const N = 200000; const line = 'IM1,IO1,,immediate-outcome,"Terkelolanya Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",IM1.1,Persentase formasi kebutuhan pegawai yang terpenuhi berdasarkan jumlah,%,up,2024,55,60,65,70,75,80,Bidang,Kepala,,5.03,5.03.02,5.03.02.2.01,\r\n';
const lines = Array.from({length: N}, (_, i) => line.slice(0, 200) + i + '\r\n');
for (let k = 0; k < 3; k++) {
  let t = performance.now(); let s = ''; for (const l of lines) s += l; s.charCodeAt(s.length>>1); const a = performance.now() - t;
  t = performance.now(); const arr = []; for (const l of lines) arr.push(l); const j = arr.join(''); j.charCodeAt(j.length>>1); const b = performance.now() - t;
  console.log('concat', a.toFixed(0), 'join', b.toFixed(0), s.length);
}
